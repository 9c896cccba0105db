using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Who may act on an event's deliveries (EVT-3). A member acknowledges and follows up only on behalf
/// of their own institutions, for deliveries made to them — field agents, partners and the
/// coordinator alike. The reporter (the author, or a member of the reporting institution), the
/// coordinator and the recipients see every delivery of the event. An event the member may not
/// read is not found (404); one they read but were not sent is forbidden (403).
/// </summary>
public sealed class DeliveryAccess(CoprodDbContext db, EventAccess access, IStringLocalizer<EventsText> t)
{
    /// <summary>The member's seat and the event, or the refusal.</summary>
    public sealed record Found(EventAccess.Seat Seat, SafetyEvent Event);

    public async Task<(Found? Found, ProblemHttpResult? Refusal)> FindAsync(Guid partnershipId, Guid eventId, Guid userId, CancellationToken ct)
    {
        var seat = await access.SeatAsync(partnershipId, userId, ct);
        if (seat is null)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden));
        }
        var found = await access.Readable(partnershipId, seat).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        return found is null
            ? (null, TypedResults.Problem(detail: t["Event_NotFound"], statusCode: StatusCodes.Status404NotFound))
            : (new Found(seat, found), null);
    }

    /// <summary>The event's deliveries to the member's institutions (to one of them when given), tracked for change.</summary>
    public Task<List<EventDelivery>> MineAsync(Found found, Guid? institutionId, CancellationToken ct)
    {
        var mine = found.Seat.Institutions.Where(i => institutionId is null || i == institutionId).ToList();
        return db.Set<EventDelivery>().Where(d => d.EventId == found.Event.Id && mine.Contains(d.InstitutionId)).OrderBy(d => d.InstitutionId).ToListAsync(ct);
    }

    public ProblemHttpResult NotYours() => TypedResults.Problem(detail: t["Delivery_NotYours"], statusCode: StatusCodes.Status403Forbidden);

    /// <summary>Whether the member sees all the event's deliveries: reporter, coordinator or recipient.</summary>
    public async Task<bool> SeesDeliveriesAsync(Found found, CancellationToken ct)
    {
        var (seat, e) = (found.Seat, found.Event);
        if (e.AuthorUserId == seat.UserId || seat.Institutions.Contains(e.ReportingInstitutionId) || seat.Manages)
        {
            return true;
        }
        var institutions = seat.Institutions.ToList();
        return await db.Set<EventDelivery>().AnyAsync(d => d.EventId == e.Id && institutions.Contains(d.InstitutionId), ct);
    }
}
