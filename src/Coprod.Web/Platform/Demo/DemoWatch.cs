using System.Diagnostics;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo's watch cell (VEI-1, VEI-2), after its events: a watch-cell body and four alert rules per
/// partnership (<see cref="DemoWatchSetup"/>), evaluated over the demo's history as the hourly job
/// would have, without mail — twice a week, Wednesday and Sunday at midnight, so that a rodeo episode
/// stays one alert; the spike rules from the first week they can test, and no evaluation when it
/// cannot find anything — and the cell's work on them (<see cref="DemoWatchStories"/>): the summer's rodeo
/// alerts handled and closed, the heating quartier's alert of this week in procedure. Written once: a
/// partnership that has an alert rule is left alone, so a demo database seeded before the watch cell
/// gets it at its next start.
/// </summary>
internal sealed class DemoWatch(CoprodDbContext db, DemoWatchSetup setup, DemoWatchStories stories, EvaluateAlerts.Handler evaluate, AlertEvents events,
    TimeProvider clock, ILogger<DemoWatch> log)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var territory in DemoTerritory.All)
        {
            var partnershipId = territory.PartnershipId;
            if (await db.Set<AlertRule>().AnyAsync(r => r.PartnershipId == partnershipId, ct)
                || await events.FirstEventAsync(partnershipId, ct) is not { } first)
            {
                continue;
            }
            var started = Stopwatch.GetTimestamp();
            var (rules, alerts, evaluating) = await SeedAsync(territory, first, clock.GetUtcNow(), ct);
            log.LogInformation("Demo watch cell: {Rules} rules, {Alerts} alerts for partnership {PartnershipId} in {Elapsed} ms ({Evaluating} ms evaluating).", rules, alerts,
                partnershipId, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds, (int)evaluating.TotalMilliseconds);
        }
    }

    private async Task<(int Rules, int Alerts, TimeSpan Evaluating)> SeedAsync(DemoTerritory territory, DateTimeOffset first, DateTimeOffset now, CancellationToken ct)
    {
        var partnershipId = territory.PartnershipId;
        var cast = await DemoWatchCast.LoadAsync(db, partnershipId, ct);
        await setup.EnsureCellAsync(cast, ct);
        var rodeo = await setup.CreateRodeoRuleAsync(cast, ct);
        var spikesFrom = FirstTestableWeek(first);
        IReadOnlyList<AlertRule> spikes = [];
        var raised = 0;
        var evaluating = TimeSpan.Zero;
        var rodeos = await RodeosAsync(partnershipId, ct);
        foreach (var at in Instants(first, now))
        {
            if (spikes.Count == 0 && WatchCalendar.WeekOf(at).CompareTo(spikesFrom) >= 0)
            {
                spikes = await setup.CreateSpikeRulesAsync(cast, ct);
            }
            await stories.AdvanceAsync(cast, rodeo, at, ct);
            if (spikes.Count == 0 && !rodeos.CanReach(at, rodeo.Threshold!.Value))
            {
                continue;
            }
            var started = Stopwatch.GetTimestamp();
            raised += (await evaluate.HandleAsync(partnershipId, at, ct, notify: false)).Raised.Count;
            evaluating += Stopwatch.GetElapsedTime(started);
        }
        if (spikes.Count == 0)
        {
            spikes = await setup.CreateSpikeRulesAsync(cast, ct);
        }
        await stories.AdvanceAsync(cast, rodeo, now, ct);
        var heating = await db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.Name == territory.Heating.Quartier && a.ValidUntil == null)
            .Select(a => a.Id).SingleAsync(ct);
        await stories.StartHeatingAsync(cast, spikes, heating, now, ct);
        return (spikes.Count + 1, raised, evaluating);
    }

    private async Task<RodeoCount> RodeosAsync(Guid partnershipId, CancellationToken ct)
    {
        var category = await db.Set<EventCategory>().AsNoTracking().Where(c => c.PartnershipId == partnershipId && c.Code == "rodeo").Select(c => c.Id).SingleAsync(ct);
        var instants = await db.Set<SafetyEvent>().AsNoTracking().Where(e => e.PartnershipId == partnershipId && e.CategoryId == category)
            .Select(e => e.OccurredAt).ToListAsync(ct);
        return new RodeoCount([.. instants.Order()]);
    }

    /// <summary>
    /// The partnership's rodeos, to skip the evaluations that cannot find anything while the rodeo rule
    /// is the only one: when the whole territory had fewer rodeos in the window than the threshold, no
    /// area reached it, and an open alert extends only when its area does.
    /// </summary>
    private sealed record RodeoCount(DateTimeOffset[] Instants)
    {
        public bool CanReach(DateTimeOffset at, int threshold)
        {
            var from = WatchCalendar.StartOf(ParisTime.DateOf(at).AddDays(-6));
            return Instants.Count(i => i >= from && i <= at) >= threshold;
        }
    }

    /// <summary>
    /// The first week a spike rule can test: its comparable weeks of the previous years (with the
    /// defaults) reach the minimum, counting only weeks from the data's start. Before it, a spike rule
    /// finds <see cref="AlertReason.BaselineTooShort"/> and raises nothing; the demo creates its spike
    /// rules then rather than evaluate them for nothing over most of the year.
    /// </summary>
    public static IsoWeek FirstTestableWeek(DateTimeOffset first)
    {
        var start = WatchCalendar.WeekOf(first);
        var week = start;
        while (SpikeBaseline.Weeks(week, SpikeOptions.Default.Years).Count(w => w.CompareTo(start) >= 0) < SpikeOptions.Default.MinimumBaselineWeeks)
        {
            week = week.AddWeeks(1);
        }
        return week;
    }

    /// <summary>Wednesday's and Sunday's last second (Paris) of every week from the first event on, then <paramref name="now"/>.</summary>
    public static IEnumerable<DateTimeOffset> Instants(DateTimeOffset first, DateTimeOffset now)
    {
        for (var week = WatchCalendar.WeekOf(first); week.CompareTo(WatchCalendar.WeekOf(now)) <= 0; week = week.AddWeeks(1))
        {
            foreach (var end in new[] { WatchCalendar.StartOf(week.Monday.AddDays(3)), WatchCalendar.EndOf(week) })
            {
                var at = end.AddSeconds(-1);
                if (at > first && at < now)
                {
                    yield return at;
                }
            }
        }
        yield return now;
    }
}
