using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Governance.Endpoints;

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/partnerships/{partnershipId:guid}/health", async (Guid partnershipId, ComputeHealth.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Governance")
            .WithName("Governance_Health")
            .WithSummary("Partnership health over the last twelve months (GOV-4): attendance per institution, plenaries missed, meetings held per body against the expected rhythm, members, departures, attendance by quarter.");
    }
}
