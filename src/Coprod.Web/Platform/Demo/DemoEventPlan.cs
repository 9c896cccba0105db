namespace Coprod.Web.Platform.Demo;

/// <summary>
/// A year of believable events for a demo partnership, from <see cref="Span"/> before <c>now</c> to
/// <c>now</c>, the same for the same territory and clock: the background of every category (more in the
/// evening and at night, Friday and Saturday nights busiest, the seasons of each kind), summer rodeos in
/// one or two quartiers, New Year's Eve vehicle fires, and one quartier heating up in the last three
/// ISO weeks so that the current week is a spike against the same weeks a year before.
/// </summary>
internal static class DemoEventPlan
{
    /// <summary>56 weeks: the current ISO week has its previous-year weeks (and the ones either side) as a baseline.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(7 * 56);

    /// <summary>The events of <paramref name="territory"/> up to <paramref name="now"/>, oldest first, in UTC.</summary>
    public static IReadOnlyList<DemoEventDraft> For(DemoTerritory territory, DateTimeOffset now)
    {
        now = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds());
        var from = now - Span;
        var background = Background(territory, from, now).ToList();
        List<DemoEventDraft> events =
        [
            .. background,
            .. DemoEventPatterns.SummerRodeos(territory, from, now),
            .. DemoEventPatterns.NewYearFires(territory, from, now),
            .. DemoEventPatterns.Heating(territory, now, background),
        ];
        return [.. events.Where(e => e.OccurredAt >= from && e.OccurredAt <= now).OrderBy(e => e.OccurredAt).Select(e => e with { OccurredAt = e.OccurredAt.ToUniversalTime() })];
    }

    /// <summary>Every category's usual events, spread over the communes with the quartiers' larger share.</summary>
    private static IEnumerable<DemoEventDraft> Background(DemoTerritory territory, DateTimeOffset from, DateTimeOffset now)
    {
        var random = new DemoRandom(territory.Seed);
        var sampler = new DemoEventSampler(territory, random);
        var quartiers = territory.Zones.Where(z => z.Quartier is not null).ToList();
        var elsewhere = territory.Zones.Where(z => z.Quartier is null).ToList();
        var years = (now - from).TotalDays / 365.25;
        foreach (var kind in DemoEventKinds.All)
        {
            var count = (int)Math.Round(kind.PerYear * territory.Volume * years);
            for (var i = 0; i < count; i++)
            {
                var at = sampler.Instant(kind, from, now);
                var zone = random.Pick(random.Chance(kind.InQuartiers) ? quartiers : elsewhere, z => z.Weight);
                yield return sampler.Draft(kind, at, zone);
            }
        }
    }
}
