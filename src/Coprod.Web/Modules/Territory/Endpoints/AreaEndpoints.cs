using System.Text.Json;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Coprod.Web.Modules.Territory.Endpoints;

internal static class AreaEndpoints
{
    public static void MapAreaEndpoints(this IEndpointRouteBuilder api)
    {
        var areas = api.MapPartnershipGroup().MapGroup("/areas");

        areas.MapGet("/", (Guid partnershipId, string? at, ListAreas.Handler handler, CancellationToken ct) =>
                handler.HandleAsync(new ListAreas.Request(partnershipId, at), ct))
            .WithName("Territory_ListAreas")
            .WithSummary("Areas valid on a day (at=yyyy-MM-dd, today by default) with their outlines as GeoJSON geometries.");

        areas.MapGet("/locate", (Guid partnershipId, string? lat, string? lon, string? at, LocatePoint.Handler handler, CancellationToken ct) =>
                handler.HandleAsync(new LocatePoint.Request(partnershipId, lat, lon, at), ct))
            .WithName("Territory_LocatePoint")
            .WithSummary("The commune and the areas containing a point (WGS84 lat, lon) on a day.");

        areas.MapPost("/import", (Guid partnershipId, HttpRequest request, ImportAreas.Handler handler, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request.HttpContext.User.RequireUserId(), request.Body, ct: ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithMetadata(new RequestSizeLimitAttribute(AreaLimits.ImportBytes))
            .Accepts<JsonElement>("application/geo+json", "application/json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Territory_ImportAreas")
            .WithSummary("Import a GeoJSON FeatureCollection of areas (properties: name, kind, commune, code?, validFrom?), all or nothing, 10 MiB at most. "
                + "Names holding personal data refuse the file (422); names flagged as persons only pass with privacyOverride: { reason } beside features.");

        areas.MapPost("/{id:guid}/retire", (Guid partnershipId, Guid id, RetireArea.Retirement? request, HttpContext http, RetireArea.Handler handler, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, id, http.User.RequireUserId(), request, ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("Territory_RetireArea")
            .WithSummary("Close a current area (body optional: validUntil = last valid day, yesterday by default; version = expected concurrency token).");
    }
}
