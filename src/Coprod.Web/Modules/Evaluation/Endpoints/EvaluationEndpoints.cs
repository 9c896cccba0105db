using Coprod.Web.Modules.Evaluation.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Evaluation.Endpoints;

/// <summary>The dashboard, the evaluation and the co-production index under <c>/partnerships/{partnershipId}</c>: reads for every current member.</summary>
internal static class EvaluationEndpoints
{
    public static void MapEvaluationRoutes(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Evaluation")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();

        group.MapGet("/dashboard", async Task<Results<Ok<GetDashboard.Response>, ProblemHttpResult, ValidationProblem>> (Guid partnershipId, string? contractId,
                string? priorityId, string? commune, GetDashboard.Handler handler, IStringLocalizer<EvaluationText> t, CancellationToken ct) =>
            {
                if (EvaluationResults.BadIds(t, ("contractId", contractId), ("priorityId", priorityId)) is { } bad)
                {
                    return bad;
                }
                var query = new GetDashboard.Query(EvaluationResults.Id(contractId), EvaluationResults.Id(priorityId), commune);
                return EvaluationResults.Of(await handler.ComputeAsync(partnershipId, query, ct), t);
            })
            .WithName("Evaluation_Dashboard")
            .WithSummary("The technical follow-up group's dashboard (EVAL-1) of a contract (default: the signed one in force, else the latest): summary, indicators "
                + "per theme and sheet, commitments kept on time per partner, late commitments, partnership health; ?priorityId= and ?commune= (INSEE) filter the sheets.");

        group.MapGet("/evaluation", async Task<Results<Ok<EvaluateSheets.Response>, ProblemHttpResult, ValidationProblem>> (Guid partnershipId, string? contractId,
                EvaluateSheets.Handler handler, IStringLocalizer<EvaluationText> t, CancellationToken ct) =>
            {
                if (EvaluationResults.BadIds(t, ("contractId", contractId)) is { } bad)
                {
                    return bad;
                }
                return EvaluationResults.Of(await handler.ComputeAsync(partnershipId, EvaluationResults.Id(contractId), ct), t);
            })
            .WithName("Evaluation_Sheets")
            .WithSummary("The evaluation of a contract's sheets (EVAL-2), in itinere or a posteriori: results against target, expected progress and cost; "
                + "sheets whose results are insufficient for their means are flagged for review, first.");

        group.MapGet("/coproduction", async Task<Results<Ok<ComputeCoproduction.Response>, ProblemHttpResult, ValidationProblem>> (Guid partnershipId,
                string? contractId, string? year, ComputeCoproduction.Handler handler, IStringLocalizer<EvaluationText> t, CancellationToken ct) =>
            {
                if (EvaluationResults.BadIds(t, ("contractId", contractId)) is { } bad)
                {
                    return bad;
                }
                return EvaluationResults.Of(await handler.ComputeAsync(partnershipId, EvaluationResults.Id(contractId), year, ct), t);
            })
            .WithName("Evaluation_Coproduction")
            .WithSummary("The co-production index (EVAL-4) per partner institution and year of the contract's period (?year= one year): shared sheets, "
                + "commitments kept on time, data contributed against the median contributor, meetings attended; mean of the available components × 100.");
    }
}
