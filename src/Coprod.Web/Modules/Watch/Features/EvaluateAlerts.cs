using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// VEI-1, one evaluation of a partnership's active alert rules as of an instant. A spike rule compares
/// the count of the ISO week holding that instant (Paris time; events up to the instant) with the same
/// weeks of previous years (<see cref="SpikeBaseline"/>), leaving out the weeks before the
/// partnership's first event; a fixed rule counts its rolling window of days up to the instant.
/// One alert per rule × series × period: a new one is saved, audited and told to the watch cell
/// (<see cref="AlertNotifier"/>); an alert still open gets the new figures; a closed alert is never
/// reopened for its period. A fixed rule's alert covers an episode: while its windows overlap the
/// alert's period, the alert extends (or, once closed, nothing new is raised).
/// </summary>
public static class EvaluateAlerts
{
    /// <summary>How many active rules were evaluated, the alerts raised (new) and the open alerts whose figures changed.</summary>
    public sealed record Result(int Rules, IReadOnlyList<Guid> Raised, int Updated);

    /// <summary>What one rule found for one series over one period.</summary>
    internal sealed record Finding(AlertSeries Series, DateOnly PeriodStart, DateOnly PeriodEnd, AlertAssessment Assessment);

    public sealed class Handler(CoprodDbContext db, AlertEvents events, AlertRaising raising, ILogger<Handler> log)
    {
        /// <summary>
        /// Evaluates every active rule of the partnership as of <paramref name="asOf"/> (now for the job,
        /// any past instant to backfill: the end of a week evaluates that whole week). With
        /// <paramref name="notify"/> false, new alerts are saved and audited but nobody is mailed.
        /// </summary>
        public async Task<Result> HandleAsync(Guid partnershipId, DateTimeOffset asOf, CancellationToken ct = default, bool notify = true)
        {
            // Stored and compared in UTC, whatever offset the caller used.
            asOf = asOf.ToUniversalTime();
            var rules = await db.Set<AlertRule>().AsNoTracking().Where(r => r.PartnershipId == partnershipId && r.IsActive).ToListAsync(ct);
            if (rules.Count == 0)
            {
                return new Result(0, [], 0);
            }
            var areas = await AreaVersions.LoadAsync(db, partnershipId, ct);
            var first = await events.FirstEventAsync(partnershipId, ct);
            var raised = new List<Guid>();
            var updated = 0;
            foreach (var rule in rules.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id))
            {
                var (category, known) = await events.CategoryAsync(partnershipId, rule.CategoryCode, ct);
                if (!known)
                {
                    continue;
                }
                var series = AlertSeries.Of(rule, areas, ParisTime.DateOf(asOf));
                var outcome = rule.Kind == AlertRuleKind.Spike
                    ? await raising.ApplyAsync(rule, await SpikeAsync(rule, category, series, first, asOf, ct), asOf, notify, ct)
                    : await FixedAsync(rule, category, series, asOf, notify, ct);
                raised.AddRange(outcome.Raised);
                updated += outcome.Updated;
            }
            return new Result(rules.Count, raised, updated);
        }

        /// <summary>The job's pass: every partnership with an active rule, each on its own (one failing does not stop the others).</summary>
        public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            var partnerships = await db.Set<AlertRule>().AsNoTracking().Where(r => r.IsActive).Select(r => r.PartnershipId).Distinct().ToListAsync(ct);
            var raised = 0;
            foreach (var partnershipId in partnerships)
            {
                try
                {
                    raised += (await HandleAsync(partnershipId, now, ct)).Raised.Count;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Alert evaluation failed for partnership {PartnershipId}; the next pass tries again.", partnershipId);
                    db.ChangeTracker.Clear();
                }
            }
            return raised;
        }

        private async Task<List<Finding>> SpikeAsync(AlertRule rule, Guid? category, IReadOnlyList<AlertSeries> series, DateTimeOffset? first, DateTimeOffset asOf,
            CancellationToken ct)
        {
            var options = rule.SpikeOptions;
            var week = WatchCalendar.WeekOf(asOf);
            var dataStart = first is { } f ? WatchCalendar.WeekOf(f) : (IsoWeek?)null;
            var baseline = SpikeBaseline.Weeks(week, options.Years).Where(w => dataStart is { } start && w.CompareTo(start) >= 0).ToList();
            var hits = await events.LoadAsync(rule.PartnershipId, category, series, WatchCalendar.StartOf(week), WatchCalendar.EndOf(week), ct);
            foreach (var run in Runs(baseline))
            {
                hits.AddRange(await events.LoadAsync(rule.PartnershipId, category, series, WatchCalendar.StartOf(run[0]), WatchCalendar.EndOf(run[^1]), ct));
            }
            var findings = new List<Finding>();
            foreach (var s in series)
            {
                var counts = AlertEvents.ByWeek(hits, s, asOf);
                var assessment = SpikeRule.Evaluate(counts.GetValueOrDefault(week), baseline.Select(w => counts.GetValueOrDefault(w)).ToList(), options);
                if (assessment.IsAlert)
                {
                    findings.Add(new Finding(s, week.Monday, week.Monday.AddDays(6), assessment));
                }
            }
            return findings;
        }

        private async Task<AlertRaising.Outcome> FixedAsync(AlertRule rule, Guid? category, IReadOnlyList<AlertSeries> series, DateTimeOffset asOf, bool notify,
            CancellationToken ct)
        {
            var threshold = rule.Threshold ?? 1;
            var day = ParisTime.DateOf(asOf);
            var windowStart = day.AddDays(1 - (rule.WindowDays ?? 1));
            // Alerts of this rule whose period the window overlaps: an open one extends, a closed one holds new ones back.
            var recent = await db.Set<WatchAlert>().AsNoTracking().Where(a => a.RuleId == rule.Id && a.PeriodEnd >= windowStart).ToListAsync(ct);
            var latest = recent.GroupBy(a => a.SeriesKey).ToDictionary(g => g.Key, g => g.MaxBy(a => a.PeriodStart)!);
            var from = latest.Values.Where(a => a.Status != AlertStatus.Closed).Select(a => a.PeriodStart).Append(windowStart).Min();
            var hits = await events.LoadAsync(rule.PartnershipId, category, series, WatchCalendar.StartOf(from), asOf.AddSeconds(1), ct);
            var findings = new List<Finding>();
            foreach (var s in series)
            {
                var mine = hits.Where(h => h.At <= asOf && AlertEvents.Belongs(h, s)).ToList();
                if (!FixedThresholdRule.Evaluate(mine.Count(h => h.At >= WatchCalendar.StartOf(windowStart)), threshold).IsAlert)
                {
                    continue;
                }
                var current = latest.GetValueOrDefault(s.Key);
                if (current is { Status: AlertStatus.Closed })
                {
                    continue;
                }
                var start = current?.PeriodStart ?? windowStart;
                var end = current is null || current.PeriodEnd < day ? day : current.PeriodEnd;
                findings.Add(new Finding(s, start, end, FixedThresholdRule.Evaluate(mine.Count(h => h.At >= WatchCalendar.StartOf(start)), threshold)));
            }
            return await raising.ApplyAsync(rule, findings, asOf, notify, ct);
        }

        /// <summary>The weeks in runs of consecutive weeks (three a year for a spike baseline): one query per run.</summary>
        private static IEnumerable<List<IsoWeek>> Runs(IReadOnlyList<IsoWeek> weeks)
        {
            var run = new List<IsoWeek>();
            foreach (var week in weeks)
            {
                if (run.Count > 0 && run[^1].AddWeeks(1) != week)
                {
                    yield return run;
                    run = [];
                }
                run.Add(week);
            }
            if (run.Count > 0)
            {
                yield return run;
            }
        }
    }
}
