using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform.Idempotency;
using Microsoft.AspNetCore.Mvc;

namespace Coprod.Web.Modules.Events.Endpoints;

/// <summary>The routes that take events from members and, with <c>Authorization: ApiKey …</c> or <c>X-Api-Key</c>, from partners' systems (EVT-4).</summary>
internal static class IngestEndpoints
{
    public static void MapIngestEndpoints(this RouteGroupBuilder ingest)
    {
        ingest.MapPost("", (Guid partnershipId, ReportEvent.Request request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
                ReportEvent.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, EventCaller.Of(http.User), idempotencyKey, ct))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Events_Report")
            .WithSummary("Report an event (EVT-1) as a member or with an institution API key; with Idempotency-Key a retry returns the first answer, never a duplicate.");

        ingest.MapPost("/batch", (Guid partnershipId, ReportEventBatch.Request request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
                ReportEventBatch.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, EventCaller.Of(http.User), idempotencyKey, ct))
            .WithMetadata(new RequestSizeLimitAttribute(EventLimits.BatchBytes))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Events_ReportBatch")
            .WithSummary("Report up to 10,000 events at once, all or nothing: errors are keyed events[i].field and nothing is stored; Idempotency-Key supported.");
    }
}
