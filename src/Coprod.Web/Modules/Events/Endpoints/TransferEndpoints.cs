using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Idempotency;
using Microsoft.AspNetCore.Mvc;

namespace Coprod.Web.Modules.Events.Endpoints;

/// <summary>CSV import (EVT-4) and the CSV and GeoJSON exports (EVT-5).</summary>
internal static class TransferEndpoints
{
    public static void MapImportEndpoint(this RouteGroupBuilder events) =>
        events.MapPost("/import", async (Guid partnershipId, bool? dryRun, Guid? institutionId, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
                HttpRequest request, ImportEvents.Handler handler, CancellationToken ct) =>
            {
                using var file = new MemoryStream();
                await request.Body.CopyToAsync(file, ct);
                return await handler.HandleAsync(partnershipId, request.HttpContext.User.RequireUserId(), file.ToArray(), institutionId, dryRun ?? false, ct,
                    idempotencyKey);
            })
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithMetadata(new RequestSizeLimitAttribute(EventLimits.ImportBytes))
            .WithName("Events_Import")
            .WithSummary("Import events from a CSV file (UTF-8, « ; » or « , »; columns categorie, date, gravite, description, latitude, longitude, commune, secteur, reference); dryRun=true previews every row with its errors, otherwise all or nothing, and with Idempotency-Key a retried commit returns the first answer.");

    /// <summary>Under <c>/partnerships/{partnershipId}</c>: <c>events.geojson</c> and <c>events.csv</c>, with the list's filters.</summary>
    public static void MapExportEndpoints(this RouteGroupBuilder partnership)
    {
        partnership.MapGet("/events.geojson", (Guid partnershipId, [AsParameters] ExportQuery q, ExportEventsGeoJson.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, q.ToQuery(), http.User.RequireUserId(), ct))
            .Compressed()
            .WithName("Events_ExportGeoJson")
            .WithSummary("The events the caller may read, filtered as the list, as an RFC 7946 FeatureCollection (application/geo+json).");

        partnership.MapGet("/events.csv", (Guid partnershipId, [AsParameters] ExportQuery q, ExportEventsCsv.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, q.ToQuery(), http.User.RequireUserId(), ct))
            .Compressed()
            .WithName("Events_ExportCsv")
            .WithSummary("The events the caller may read, filtered as the list, as CSV for Excel (UTF-8 with BOM, « ; », French headers).");
    }

    /// <summary>The list's filters (see <see cref="EventFilter"/>).</summary>
    internal sealed record ExportQuery(string? From, string? To, string? Category, string? Commune, string? AreaId, string? MinSeverity, string? Bbox)
    {
        public EventFilter.Query ToQuery() => new(From, To, Category, Commune, AreaId, MinSeverity, Bbox);
    }
}
