using Coprod.Web.Modules.Territory.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Territory.Endpoints;

internal static class ComplianceEndpoints
{
    public static void MapComplianceEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPartnershipGroup().MapGet("/compliance", async Task<Results<Ok<ComputeCompliance.ComplianceReport>, ProblemHttpResult>> (
                Guid partnershipId, ComputeCompliance.Handler handler, IStringLocalizer<TerritoryText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, ct) is { } report
                    ? TypedResults.Ok(report)
                    : TypedResults.Problem(detail: t["Partnership_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("Territory_Compliance")
            .WithSummary("The partnership's legal obligations per commune (CLSPD, coordinator, CDDF, CISPD opposition), with their legal bases.");
    }
}
