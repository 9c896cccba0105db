using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>GET …/events/{id}/deliveries</c>: who received the event, who acknowledged it and when, their follow-ups (reporter, coordinator, recipients).</summary>
public static class ListDeliveries
{
    public sealed class Handler(DeliveryAccess access, DeliveryDtos dtos)
    {
        public async Task<Results<Ok<IReadOnlyList<DeliveryDto>>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid eventId, Guid userId, CancellationToken ct)
        {
            var (found, refusal) = await access.FindAsync(partnershipId, eventId, userId, ct);
            if (found is null)
            {
                return refusal!;
            }
            if (!await access.SeesDeliveriesAsync(found, ct))
            {
                return access.NotYours();
            }
            return TypedResults.Ok(await dtos.ForEventAsync(partnershipId, eventId, ct));
        }
    }
}
