using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>GET …/events/escalations</c>: immediate deliveries escalated and still not acknowledged, newest first (coordinator).</summary>
public static class ListEscalations
{
    public sealed class Handler(CoprodDbContext db, DeliveryDtos deliveries, EventDtos events)
    {
        public async Task<IReadOnlyList<InboxItem>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct)
        {
            var open = await db.Set<EventDelivery>().AsNoTracking()
                .Where(d => d.PartnershipId == partnershipId && d.EscalatedAt != null && d.AcknowledgedAt == null)
                .OrderByDescending(d => d.EscalatedAt).ThenBy(d => d.Id)
                .Take(EventLimits.Inbox)
                .ToListAsync(ct);
            return await deliveries.ItemsAsync(partnershipId, open, events, userId, ct);
        }
    }
}
