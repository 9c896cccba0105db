using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// Turns what a rule found into alerts: a new rule × series × period is saved with its audit record
/// and told to the watch cell; an existing one still open gets the new figures (without touching its
/// version: the people working on it are not interrupted); a closed one is left alone. Two instances
/// evaluating at once meet on the unique index: the loser drops its copy and tells nobody.
/// </summary>
public sealed class AlertRaising(CoprodDbContext db, AuditTrail audit, AlertNotifier notifier)
{
    /// <summary>The alerts this evaluation raised, and how many open alerts it updated.</summary>
    public sealed record Outcome(IReadOnlyList<Guid> Raised, int Updated);

    internal async Task<Outcome> ApplyAsync(AlertRule rule, IReadOnlyList<EvaluateAlerts.Finding> findings, DateTimeOffset asOf, bool notify, CancellationToken ct)
    {
        if (findings.Count == 0)
        {
            return new Outcome([], 0);
        }
        var starts = findings.Select(f => f.PeriodStart).Distinct().ToList();
        var existing = (await db.Set<WatchAlert>().AsNoTracking().Where(a => a.RuleId == rule.Id && starts.Contains(a.PeriodStart)).ToListAsync(ct))
            .ToDictionary(a => (a.SeriesKey, a.PeriodStart));
        var raised = new List<Guid>();
        var updated = 0;
        foreach (var f in findings)
        {
            if (existing.TryGetValue((f.Series.Key, f.PeriodStart), out var alert))
            {
                updated += await UpdateAsync(alert, f, asOf, ct);
                continue;
            }
            var created = New(rule, f, asOf);
            if (await TryAddAsync(created, ct))
            {
                raised.Add(created.Id);
                if (notify)
                {
                    await notifier.RaisedAsync(created, rule, ct);
                }
            }
        }
        return new Outcome(raised, updated);
    }

    private async Task<int> UpdateAsync(WatchAlert alert, EvaluateAlerts.Finding f, DateTimeOffset asOf, CancellationToken ct)
    {
        var a = f.Assessment;
        if (alert.Status == AlertStatus.Closed || (alert.Assessment == a && alert.PeriodEnd == f.PeriodEnd))
        {
            return 0;
        }
        return await db.Set<WatchAlert>().Where(x => x.Id == alert.Id && x.Status != AlertStatus.Closed).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Count, a.Count)
            .SetProperty(x => x.Expected, a.Expected)
            .SetProperty(x => x.UpperLimit, a.UpperLimit)
            .SetProperty(x => x.AlertFrom, a.AlertFrom)
            .SetProperty(x => x.Ratio, a.Ratio)
            .SetProperty(x => x.BaselineWeeks, a.BaselineWeeks)
            .SetProperty(x => x.Reason, a.Reason)
            .SetProperty(x => x.PeriodEnd, f.PeriodEnd)
            .SetProperty(x => x.UpdatedAt, asOf), ct);
    }

    private static WatchAlert New(AlertRule rule, EvaluateAlerts.Finding f, DateTimeOffset asOf) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = rule.PartnershipId,
        RuleId = rule.Id,
        SeriesKey = f.Series.Key,
        AreaId = f.Series.AreaId,
        CommuneInsee = f.Series.Commune,
        CategoryCode = f.Series.CategoryCode,
        PeriodStart = f.PeriodStart,
        PeriodEnd = f.PeriodEnd,
        Count = f.Assessment.Count,
        Expected = f.Assessment.Expected,
        UpperLimit = f.Assessment.UpperLimit,
        AlertFrom = f.Assessment.AlertFrom,
        Ratio = f.Assessment.Ratio,
        BaselineWeeks = f.Assessment.BaselineWeeks,
        Reason = f.Assessment.Reason,
        RaisedAt = asOf,
        UpdatedAt = asOf,
    };

    private async Task<bool> TryAddAsync(WatchAlert alert, CancellationToken ct)
    {
        db.Add(alert);
        try
        {
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.WatchAlertRaised, alert.PartnershipId, null, "alert", alert.Id.ToString(),
                new { rule = alert.RuleId, series = alert.SeriesKey, periodStart = alert.PeriodStart, periodEnd = alert.PeriodEnd, count = alert.Count, reason = alert.Reason.ToString() }));
            db.Entry(alert).State = EntityState.Detached;
            return true;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Another instance raised it first (and told the watch cell); its audit records go with the failed save.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
