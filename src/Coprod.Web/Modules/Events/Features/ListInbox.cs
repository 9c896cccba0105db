using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>GET …/events/inbox</c>: the events routed to the member's institutions (EVT-3), those not yet
/// acknowledged first, then the newest; at most <see cref="EventLimits.Inbox"/>.
/// </summary>
public static class ListInbox
{
    public sealed class Handler(CoprodDbContext db, EventAccess access, DeliveryDtos deliveries, EventDtos events)
    {
        public async Task<Results<Ok<IReadOnlyList<InboxItem>>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            if (seat is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            var institutions = seat.Institutions.ToList();
            var mine = await db.Set<EventDelivery>().AsNoTracking()
                .Where(d => d.PartnershipId == partnershipId && institutions.Contains(d.InstitutionId))
                .OrderBy(d => d.AcknowledgedAt == null ? 0 : 1).ThenByDescending(d => d.RoutedAt).ThenBy(d => d.Id)
                .Take(EventLimits.Inbox)
                .ToListAsync(ct);
            return TypedResults.Ok(await deliveries.ItemsAsync(partnershipId, mine, events, userId, ct));
        }
    }
}
