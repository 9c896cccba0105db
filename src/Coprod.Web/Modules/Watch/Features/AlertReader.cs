using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>Builds what readers see of alerts: the list items, and one alert with its procedure and history.</summary>
public sealed class AlertReader(CoprodDbContext db, IGeography geography, AlertHistory history, IStringLocalizer<WatchText> t)
{
    /// <summary>The alerts of <paramref name="query"/>, open ones first, then the most recent.</summary>
    public async Task<IReadOnlyList<AlertDto>> ListAsync(Guid partnershipId, IQueryable<WatchAlert> query, CancellationToken ct)
    {
        var alerts = await query.ToListAsync(ct);
        var ruleIds = alerts.Select(a => a.RuleId).Distinct().ToList();
        var rules = await db.Set<AlertRule>().AsNoTracking().Where(r => ruleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var names = await AlertNames.LoadAsync(db, geography, t, partnershipId, ct);
        return alerts.OrderBy(a => a.Status == AlertStatus.Closed).ThenByDescending(a => a.PeriodEnd).ThenByDescending(a => a.RaisedAt)
            .Select(a => Dto(a, rules[a.RuleId], names)).ToList();
    }

    /// <summary>One alert with its procedure, as <paramref name="seat"/> sees it; null when it does not exist in the partnership.</summary>
    public async Task<AlertDetailsDto?> DetailsAsync(Guid partnershipId, Guid alertId, WatchAccess.Seat seat, CancellationToken ct)
    {
        var alert = await db.Set<WatchAlert>().AsNoTracking().Include(a => a.Mobilised).Include(a => a.Checklist).Include(a => a.Log).AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == alertId && a.PartnershipId == partnershipId, ct);
        if (alert is null)
        {
            return null;
        }
        var rule = await db.Set<AlertRule>().AsNoTracking().FirstAsync(r => r.Id == alert.RuleId, ct);
        var names = await AlertNames.LoadAsync(db, geography, t, partnershipId, ct);
        var people = await ProcedurePeople.LoadAsync(db, partnershipId, alert, ct);
        var meeting = alert.UrgentMeetingId is { } meetingId
            ? await db.Set<Meeting>().AsNoTracking().Where(m => m.Id == meetingId)
                .Select(m => new UrgentMeetingDto(m.Id, m.BodyId, m.Title, m.StartsAt, m.EndsAt, m.CancelledAt != null)).FirstOrDefaultAsync(ct)
            : null;
        var open = alert.Status != AlertStatus.Closed;
        return new AlertDetailsDto(
            Dto(alert, rule, names),
            seat.InTeam && open,
            seat.InTeam && open && GovernanceAccess.CanManage(BodyKind.CelluleDeVeille, seat.Roles),
            alert.Mobilised.OrderBy(m => m.AddedAt)
                .Select(m => new MobilisedDto(m.Id, m.InstitutionId, m.PersonId, m.MembershipId, people.Mobilised(m), m.Role, m.AddedAt, people.User(m.AddedBy))).ToList(),
            alert.Checklist.OrderBy(c => c.Position)
                .Select(c => new ChecklistItemDto(c.Id, c.Position, c.Text, c.DoneAt, c.DoneBy is { } by ? people.User(by) : null)).ToList(),
            alert.Log.OrderByDescending(l => l.At).ThenByDescending(l => l.Kind)
                .Select(l => new LogEntryDto(l.Id, l.At, people.User(l.AuthorId), l.Kind, LogText(l))).ToList(),
            meeting,
            alert.ClosedAt is { } closedAt ? new ClosureDto(closedAt, alert.ClosedBy is { } c ? people.User(c) : "", alert.Outcome ?? "") : null,
            await history.ForAsync(alert, rule, names.Areas, ct),
            alert.Version);
    }

    public AlertDto Dto(WatchAlert a, AlertRule rule, AlertNames names) => new(
        a.Id, a.RuleId, rule.Name, rule.Kind, a.AreaId, a.CommuneInsee, names.Place(a.AreaId, a.CommuneInsee), a.CategoryCode, names.Category(a.CategoryCode),
        a.PeriodStart, a.PeriodEnd, rule.Kind == AlertRuleKind.Spike ? IsoWeek.Of(a.PeriodStart).ToString() : null, AlertPeriod.Text(a, rule.Kind, t),
        a.Count, a.Expected, a.UpperLimit, a.AlertFrom, a.Ratio, a.BaselineWeeks, a.Reason, t.Explain(a.Assessment),
        a.RaisedAt, a.UpdatedAt, a.Status, a.ClosedAt);

    private string LogText(AlertLogEntry entry) =>
        entry.Kind == AlertLogKind.Note ? entry.Text ?? ""
        : entry.Text is { Length: > 0 } subject ? t["Log_" + entry.Kind + "_On", subject]
        : t["Log_" + entry.Kind];
}
