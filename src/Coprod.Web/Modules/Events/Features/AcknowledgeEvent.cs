using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>POST …/events/{id}/ack</c>: the member acknowledges a routed event on behalf of their
/// institution (the one given as <c>institutionId</c>, or all of theirs it was sent to).
/// Idempotent: a delivery already acknowledged keeps its first acknowledgement. The reporter and
/// the institution's other members are told at once; the answer lists every delivery of the event.
/// </summary>
public static class AcknowledgeEvent
{
    public sealed record Request(Guid? InstitutionId = null);

    public sealed class Handler(DeliveryAccess access, DeliveryDtos dtos, AuditTrail audit, EventNotifier notifier, TimeProvider clock)
    {
        public async Task<Results<Ok<IReadOnlyList<DeliveryDto>>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid eventId, Request? r, Guid userId,
            CancellationToken ct)
        {
            var (found, refusal) = await access.FindAsync(partnershipId, eventId, userId, ct);
            if (found is null)
            {
                return refusal!;
            }
            var mine = await access.MineAsync(found, r?.InstitutionId, ct);
            if (mine.Count == 0)
            {
                return access.NotYours();
            }
            var now = clock.GetUtcNow();
            var fresh = mine.Where(d => d.AcknowledgedAt is null).ToList();
            if (fresh.Count > 0)
            {
                foreach (var d in fresh)
                {
                    d.AcknowledgedAt = now;
                    d.AcknowledgedBy = userId;
                }
                try
                {
                    await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.EventAcknowledged, partnershipId, userId, "event", eventId.ToString(),
                        new { institutions = fresh.Select(d => d.InstitutionId).ToArray() }));
                }
                catch (DbUpdateConcurrencyException)
                {
                    // A colleague of the same institution acknowledged it at the same moment: theirs stands.
                    return TypedResults.Ok(await dtos.ForEventAsync(partnershipId, eventId, ct));
                }
                foreach (var d in fresh)
                {
                    await notifier.SendAsync(Audience(found, d.InstitutionId), EventsHub.DeliveryAcknowledged, new DeliveryMessage(eventId, d.Id, d.InstitutionId, now), ct);
                }
            }
            return TypedResults.Ok(await dtos.ForEventAsync(partnershipId, eventId, ct));
        }
    }

    /// <summary>Who hears of a change on a delivery: its institution, the event's reporter and the coordinators.</summary>
    internal static IReadOnlyList<string> Audience(DeliveryAccess.Found found, Guid institutionId)
    {
        var e = found.Event;
        List<string> groups = [EventsHub.GroupFor(e.PartnershipId, institutionId), EventsHub.CoordinatorsGroup(e.PartnershipId)];
        if (e.AuthorUserId is { } author)
        {
            groups.Add(EventsHub.ReporterGroup(e.PartnershipId, author));
        }
        return groups;
    }
}
