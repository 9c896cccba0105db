using Coprod.Web.Modules.Contract.Features.Values;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Contract.Endpoints;

internal static class IndicatorValueEndpoints
{
    /// <summary>
    /// Under <c>/partnerships/{partnershipId}/contracts/{contractId}/sheets/{sheetId}/indicators/{indicatorId}</c>: every member reads the
    /// values; the responsible institution's members and the coordinator enter them; the coordinator computes counted ones.
    /// </summary>
    public static IEndpointRouteBuilder MapIndicatorValueEndpoints(this IEndpointRouteBuilder api)
    {
        var indicator = api.MapGroup("/partnerships/{partnershipId:guid}/contracts/{contractId:guid}/sheets/{sheetId:guid}/indicators/{indicatorId:guid}")
            .RequireAuthorization(CoprodPolicies.PartnershipMember).WithTags("Contract");

        indicator.MapGet("/values", (Guid partnershipId, Guid contractId, Guid sheetId, Guid indicatorId, ListIndicatorValues.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, sheetId, indicatorId, http.User.RequireUserId(), ct))
            .WithName("Contract_ListIndicatorValues")
            .WithSummary("The indicator, its current value per period and the history (origin, source, who, when).");

        indicator.MapPost("/values", (Guid partnershipId, Guid contractId, Guid sheetId, Guid indicatorId, RecordIndicatorValue.Request request,
                RecordIndicatorValue.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, contractId, sheetId, indicatorId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Contract_RecordIndicatorValue")
            .WithSummary("Enter a value (the responsible institution or the coordinator): periodEnd, value, comment.");

        indicator.MapPost("/compute", (Guid partnershipId, Guid contractId, Guid sheetId, Guid indicatorId, ComputeIndicatorValues.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, sheetId, indicatorId, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Contract_ComputeIndicatorValues")
            .WithSummary("Count the events module's events for a counted indicator, per period, from the contract's start to the last complete period.");
        return api;
    }
}
