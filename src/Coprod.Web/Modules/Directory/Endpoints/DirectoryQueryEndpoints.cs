using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Directory.Endpoints;

internal static class DirectoryQueryEndpoints
{
    public static void MapDirectoryQueryEndpoints(this IEndpointRouteBuilder api)
    {
        var directory = api.MapGroup($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}/directory")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Directory");

        directory.MapGet("/problems", (ListProblems.Handler h) => TypedResults.Ok(h.Handle()))
            .WithName("Directory_ListProblems")
            .WithSummary("The problem catalogue: stable codes and labels.");

        directory.MapGet("/who-handles", (Guid partnershipId, string? problem, string? commune, string? areaId, string? at, WhoHandles.Handler h, CancellationToken ct) =>
                h.HandleAsync(new WhoHandles.Request(partnershipId, problem, commune, areaId, at), ct))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Directory_WhoHandles")
            .WithSummary("Services competent for ?problem= on ?commune= (INSEE) or ?areaId=, with contacts and presence; ?at= (ISO-8601) says who is present; gap + message when nobody.");

        directory.MapGet("/coverage", (Guid partnershipId, string? commune, string? areaId, string? problem, ComputeCoverage.Handler h, CancellationToken ct) =>
                h.HandleAsync(new ComputeCoverage.Request(partnershipId, commune, areaId, problem), ct))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Directory_Coverage")
            .WithSummary("7 × 24 grid (Monday first, Paris time) of the services present on ?commune= or ?areaId=; with ?problem=, only the services competent for it.");

        directory.MapGet("/on-call", (Guid partnershipId, string? commune, string? areaId, string? at, WhoIsOnCall.Handler h, CancellationToken ct) =>
                h.HandleAsync(new WhoIsOnCall.Request(partnershipId, commune, areaId, at), ct))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Directory_OnCall")
            .WithSummary("Who can be called at ?at= (ISO-8601, now by default) on ?commune= or ?areaId=: on-call entries and services present; or nobody.");
    }
}
