using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Watch.Endpoints;

internal static class HotspotEndpoints
{
    /// <summary>Under <c>/partnerships/{partnershipId}</c>, for members who read every event (field agents get 403).</summary>
    public static void MapHotspotEndpoints(this IEndpointRouteBuilder api)
    {
        var maps = api.MapGroup($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Watch");

        maps.MapGet("/hotspots", (Guid partnershipId, string? from, string? to, string? category, string? cell, string? band,
                ComputeHotspots.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, new HotspotStudy.Query(from, to, category, cell, band), http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Compressed()
            .WithName("Watch_Hotspots")
            .WithSummary("Hotspots (VEI-3): Getis-Ord Gi* of the located events of a period (last 90 days by default) and categories on a grid of cell metres "
                + "(200 by default) over the territory, neighbourhood band metres (√2 cells by default); significant cells as GeoJSON. Not for field agents (403); "
                + "a grid that cannot be computed is a 422.");

        maps.MapGet("/density", (Guid partnershipId, string? from, string? to, string? category, string? cell, string? bandwidth,
                ComputeDensity.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, new HotspotStudy.Query(from, to, category, cell, bandwidth), http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Compressed()
            .WithName("Watch_Density")
            .WithSummary("Kernel density (VEI-3, quartic kernel) of the same events on the same grid, bandwidth metres (3 cells by default); "
                + "cells above zero as GeoJSON, events per km². Not for field agents (403); a grid that cannot be computed is a 422.");
    }
}
