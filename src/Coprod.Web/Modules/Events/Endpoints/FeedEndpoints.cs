using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Events.Endpoints;

internal static class FeedEndpoints
{
    public static void MapFeedEndpoints(this RouteGroupBuilder events)
    {
        events.MapGet("/inbox", (Guid partnershipId, ListInbox.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct))
            .WithName("Events_Inbox")
            .WithSummary("Events routed to my institutions (EVT-3), unacknowledged first; live updates on the hub /hubs/events.");

        events.MapGet("/reported", (Guid partnershipId, ListMyReports.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct))
            .WithName("Events_MyReports")
            .WithSummary("My latest reports with who received and acknowledged each.");

        events.MapGet("/escalations", async (Guid partnershipId, ListEscalations.Handler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct)))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Events_Escalations")
            .WithSummary("Immediate deliveries escalated and still unacknowledged (coordinator).");

        events.MapPost("/{eventId:guid}/ack", (Guid partnershipId, Guid eventId, AcknowledgeEvent.Request? request, AcknowledgeEvent.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, eventId, request, http.User.RequireUserId(), ct))
            .WithName("Events_Acknowledge")
            .WithSummary("Acknowledge a routed event on behalf of my institution (optional institutionId); idempotent.");

        events.MapPost("/{eventId:guid}/follow-ups", (Guid partnershipId, Guid eventId, AddFollowUp.Request request, AddFollowUp.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, eventId, request, http.User.RequireUserId(), ct))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Events_AddFollowUp")
            .WithSummary("Add an anonymous follow-up on behalf of my institution (422 for personal data).");

        events.MapGet("/{eventId:guid}/deliveries", (Guid partnershipId, Guid eventId, ListDeliveries.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, eventId, http.User.RequireUserId(), ct))
            .WithName("Events_Deliveries")
            .WithSummary("Who received the event, who acknowledged it and when, follow-ups (reporter, coordinator, recipients).");
    }
}
