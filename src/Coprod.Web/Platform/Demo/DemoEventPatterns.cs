using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Web.Platform.Demo;

/// <summary>The demo's stories on top of the background: summer rodeos, New Year's Eve fires, a quartier heating up.</summary>
internal static class DemoEventPatterns
{
    // Summer afternoons and evenings, Paris hours 14:00 to 23:59.
    private static readonly double[] RodeoHours = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1.5, 2, 3, 4, 5, 5, 4.5, 3, 1.5];

    // New Year's Eve from 22:00 to 04:59, most just after midnight.
    private static readonly (int DayOffset, int Hour, double Weight)[] NewYearHours =
        [(0, 22, 1), (0, 23, 2), (1, 0, 4), (1, 1, 3), (1, 2, 2), (1, 3, 1), (1, 4, 0.5)];

    /// <summary>
    /// June to August, rodeos almost every evening in the territory's rodeo quartiers, more at the weekend;
    /// <see cref="DemoTerritory.SummerRodeos"/> in a whole summer.
    /// </summary>
    public static IEnumerable<DemoEventDraft> SummerRodeos(DemoTerritory territory, DateTimeOffset from, DateTimeOffset now)
    {
        var random = new DemoRandom(territory.Seed + 1);
        var sampler = new DemoEventSampler(territory, random);
        var kind = DemoEventKinds.Of("rodeo");
        var perDay = territory.SummerRodeos / 92.0;
        for (var day = ParisTime.DateOf(from); day <= ParisTime.DateOf(now); day = day.AddDays(1))
        {
            if (day.Month is < 6 or > 8)
            {
                continue;
            }
            var busy = day.DayOfWeek switch
            {
                DayOfWeek.Friday => 1.6,
                DayOfWeek.Saturday => 1.8,
                DayOfWeek.Sunday => 1.3,
                _ => 0.75,
            };
            var count = random.Poisson(perDay * busy / 1.1);
            for (var i = 0; i < count; i++)
            {
                var start = ParisTime.FromLocal(day.ToDateTime(TimeOnly.MinValue));
                var at = sampler.Instant(start, ParisTime.FromLocal(day.AddDays(1).ToDateTime(TimeOnly.MinValue)).AddSeconds(-1),
                    (_, hour) => RodeoHours[hour], RodeoHours.Max());
                var zone = random.Pick(territory.RodeoZones, z => z.Share).Zone;
                yield return sampler.Draft(kind, at, zone, spots: [SpotKind.Voirie, SpotKind.Parc, SpotKind.Parking]);
            }
        }
    }

    /// <summary>Each New Year's Eve of the span: <see cref="DemoTerritory.NewYearFires"/> vehicle fires, mostly in the quartiers.</summary>
    public static IEnumerable<DemoEventDraft> NewYearFires(DemoTerritory territory, DateTimeOffset from, DateTimeOffset now)
    {
        var random = new DemoRandom(territory.Seed + 2);
        var sampler = new DemoEventSampler(territory, random);
        var kind = DemoEventKinds.Of("incendie") with { Severities = [0, 2, 7, 1] };
        var quartiers = territory.Zones.Where(z => z.Quartier is not null).ToList();
        var elsewhere = territory.Zones.Where(z => z.Quartier is null).ToList();
        for (var year = ParisTime.DateOf(from).Year; year <= ParisTime.DateOf(now).Year; year++)
        {
            var eve = new DateOnly(year, 12, 31);
            for (var i = 0; i < territory.NewYearFires; i++)
            {
                var (offset, hour, _) = random.Pick(NewYearHours, h => h.Weight);
                var start = ParisTime.FromLocal(eve.AddDays(offset).ToDateTime(new TimeOnly(hour, 0)));
                var at = start.AddSeconds(random.Next(3600));
                var zone = random.Pick(random.Chance(0.8) ? quartiers : elsewhere, z => z.Weight);
                yield return sampler.Draft(kind, at, zone, DemoEventTexts.NewYearFires, spots: [SpotKind.Parking, SpotKind.Voirie]);
            }
        }
    }

    /// <summary>
    /// The heating quartier: in each of the last three ISO weeks (Paris), the extra events of
    /// <see cref="DemoTerritory.HeatingWeeks"/>, in the evening, around its halls and car park; the current
    /// week's are spread over its days so far, and are at least enough for the watch cell's spike rule (with its
    /// default settings and a margin of two) against the same weeks of last year's <paramref name="background"/>.
    /// </summary>
    public static IEnumerable<DemoEventDraft> Heating(DemoTerritory territory, DateTimeOffset now, IReadOnlyList<DemoEventDraft> background)
    {
        var random = new DemoRandom(territory.Seed + 3);
        var sampler = new DemoEventSampler(territory, random);
        var today = ParisTime.DateOf(now);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var last = territory.HeatingWeeks.Length - 1;
        for (var week = 0; week <= last; week++)
        {
            var first = monday.AddDays(7 * (week - last));
            var start = ParisTime.FromLocal(first.ToDateTime(TimeOnly.MinValue));
            var end = ParisTime.FromLocal(first.AddDays(7).ToDateTime(TimeOnly.MinValue)).AddSeconds(-1);
            end = end < now ? end : now;
            for (var c = 0; c < DemoTerritory.HeatingCategories.Length; c++)
            {
                var kind = DemoEventKinds.Of(DemoTerritory.HeatingCategories[c]);
                var count = week == last ? Math.Max(territory.HeatingWeeks[week][c], SpikeNeeds(territory, kind.Code, today, now, background))
                    : territory.HeatingWeeks[week][c];
                for (var i = 0; i < count; i++)
                {
                    var at = sampler.Instant(kind, start, end);
                    yield return sampler.Draft(kind with { Severities = [2, 5, 2, 0] }, at, territory.Heating, DemoEventTexts.Escalating(kind.Code), 25,
                        [SpotKind.Hall, SpotKind.Parking]);
                }
            }
        }
    }

    // How many more events of the category the heating quartier needs this week for the spike rule to fire clearly.
    private static int SpikeNeeds(DemoTerritory territory, string category, DateOnly today, DateTimeOffset now, IReadOnlyList<DemoEventDraft> background)
    {
        var current = IsoWeek.Of(today);
        var dataFrom = IsoWeek.Of(ParisTime.DateOf(now - DemoEventPlan.Span)).AddWeeks(1);
        var weeks = background.Where(e => e.Quartier == territory.Heating.Quartier && e.Category == category)
            .GroupBy(e => IsoWeek.Of(ParisTime.DateOf(e.OccurredAt))).ToDictionary(g => g.Key, g => g.Count());
        var baseline = SpikeBaseline.Weeks(current).Where(w => w.CompareTo(dataFrom) >= 0).Select(w => weeks.GetValueOrDefault(w)).ToList();
        var assessed = SpikeRule.Evaluate(weeks.GetValueOrDefault(current), baseline);
        return (assessed.AlertFrom ?? 0) + 2 - weeks.GetValueOrDefault(current);
    }
}
