using Coprod.Web.Modules.Evaluation.Endpoints;
using Coprod.Web.Modules.Evaluation.Features;
using Coprod.Web.Modules.Evaluation.Features.AnnualReview;

namespace Coprod.Web.Modules.Evaluation;

/// <summary>
/// EVAL: what the contract achieves — the technical follow-up group's dashboard (EVAL-1), the evaluation of
/// the sheets in itinere and a posteriori with the sheets flagged for review (EVAL-2) and the co-production
/// index per partner and year (EVAL-4). It reads the Contract module's data, the events and Governance's
/// meetings and health, and writes nothing. Its computations (<see cref="GetDashboard"/>,
/// <see cref="EvaluateSheets"/>, <see cref="ComputeCoproduction"/>) return plain records, for the pages and the
/// yearly review alike. Its routes sit under <c>/partnerships/{partnershipId}</c>, for every current member.
/// </summary>
public static class EvaluationModule
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services)
    {
        services.AddScoped<EvaluationReader>();
        services.AddScoped<GetDashboard.Handler>();
        services.AddScoped<EvaluateSheets.Handler>();
        services.AddScoped<ComputeCoproduction.Handler>();
        services.AddScoped<BuildAnnualReview.Handler>();
        return services;
    }

    /// <summary>The evaluation routes (reads only), for members of the partnership, field agents included.</summary>
    public static IEndpointRouteBuilder MapEvaluationEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapEvaluationRoutes();
        api.MapAnnualReviewRoutes();
        return api;
    }
}
