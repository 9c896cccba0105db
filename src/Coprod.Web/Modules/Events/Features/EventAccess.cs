using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Who may do what with events. Every active member reports, on behalf of the institution of their
/// membership. Members other than field agents read all the partnership's events (they are
/// anonymous); a field agent reads the events routed to one of their institutions and those they reported.
/// </summary>
public sealed class EventAccess(CoprodDbContext db, TimeProvider clock)
{
    /// <summary>A member's seat today: roles and the institutions they act for.</summary>
    public sealed record Seat(Guid UserId, IReadOnlyList<PartnershipRole> Roles, IReadOnlyList<Guid> Institutions)
    {
        public bool ReadsAll => Roles.Any(r => r != PartnershipRole.Agent);

        public bool Manages => Roles.Contains(PartnershipRole.Coordinateur);
    }

    public async Task<Seat?> SeatAsync(Guid partnershipId, Guid userId, CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        var seats = await db.Set<Membership>().AsNoTracking()
            .Where(Membership.ActiveOn(today)).Where(m => m.PartnershipId == partnershipId && m.UserId == userId)
            .Select(m => new { m.Role, m.InstitutionId })
            .ToListAsync(ct);
        return seats.Count == 0
            ? null
            : new Seat(userId, seats.Select(s => s.Role).Distinct().ToList(), seats.Where(s => s.InstitutionId is not null).Select(s => s.InstitutionId!.Value).Distinct().ToList());
    }

    /// <summary>The reporter for a member: the requested institution must be one of theirs; with one institution it may be omitted.</summary>
    public static EventReporter? ReporterFor(Seat seat, Guid? institutionId) =>
        institutionId is { } id
            ? seat.Institutions.Contains(id) ? new EventReporter(id, seat.UserId, null, EventSource.User) : null
            : seat.Institutions.Count == 1 ? new EventReporter(seat.Institutions[0], seat.UserId, null, EventSource.User) : null;

    /// <summary>The events of the partnership this member may read.</summary>
    public IQueryable<SafetyEvent> Readable(Guid partnershipId, Seat seat)
    {
        var events = db.Set<SafetyEvent>().AsNoTracking().Where(e => e.PartnershipId == partnershipId);
        if (seat.ReadsAll)
        {
            return events;
        }
        var institutions = seat.Institutions.ToList();
        return events.Where(e => e.AuthorUserId == seat.UserId
            || db.Set<EventDelivery>().Any(d => d.EventId == e.Id && institutions.Contains(d.InstitutionId)));
    }
}
