using System.Diagnostics;
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
/// stays one alert — and the cell's work on them (<see cref="DemoWatchStories"/>): the summer's rodeo
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
            var (rules, alerts) = await SeedAsync(territory, first, clock.GetUtcNow(), ct);
            log.LogInformation("Demo watch cell: {Rules} rules, {Alerts} alerts for partnership {PartnershipId} in {Elapsed} ms.", rules, alerts, partnershipId,
                (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<(int Rules, int Alerts)> SeedAsync(DemoTerritory territory, DateTimeOffset first, DateTimeOffset now, CancellationToken ct)
    {
        var partnershipId = territory.PartnershipId;
        var cast = await DemoWatchCast.LoadAsync(db, partnershipId, ct);
        await setup.EnsureCellAsync(cast, ct);
        var rules = await setup.CreateRulesAsync(cast, ct);
        var rodeo = rules.Single(r => r.Kind == AlertRuleKind.Fixed);
        var raised = 0;
        foreach (var at in Instants(first, now))
        {
            await stories.AdvanceAsync(cast, rodeo, at, ct);
            raised += (await evaluate.HandleAsync(partnershipId, at, ct, notify: false)).Raised.Count;
        }
        await stories.AdvanceAsync(cast, rodeo, now, ct);
        var heating = await db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.Name == territory.Heating.Quartier && a.ValidUntil == null)
            .Select(a => a.Id).SingleAsync(ct);
        await stories.StartHeatingAsync(cast, [.. rules.Where(r => r.Kind == AlertRuleKind.Spike)], heating, now, ct);
        return (rules.Count, raised);
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
