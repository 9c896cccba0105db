using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Coprod.Web.Modules.Watch.Endpoints;

/// <summary>
/// The alerts (VEI-1, VEI-2) under <c>/partnerships/{partnershipId}</c>, for contributors (field agents
/// are kept out): reads filtered per caller by <see cref="WatchAccess"/>, procedure actions for the watch
/// team (<see cref="WatchPolicies.WatchTeam"/>), rules managed by the coordinator.
/// </summary>
internal static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder api)
    {
        var watch = api.MapGroup("/partnerships/{partnershipId:guid}")
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithTags("Watch");
        var alerts = watch.MapGroup("/alerts");

        alerts.MapGet("", (Guid partnershipId, [FromQuery] string? status, [FromQuery] string? from, [FromQuery] string? to, ListAlerts.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, new ListAlerts.Query(status, from, to), http.User.RequireUserId(), ct))
            .ProducesValidationProblem()
            .WithName("Watch_ListAlerts")
            .WithSummary("The alerts the caller reads (watch team: all; other partners: those that mobilise them), open first; ?status=Open|InProcedure|Closed&from=&to= (yyyy-MM-dd).");

        alerts.MapGet("/{alertId:guid}", (Guid partnershipId, Guid alertId, GetAlert.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, alertId, http.User.RequireUserId(), ct))
            .WithName("Watch_GetAlert")
            .WithSummary("One alert with its plain sentence, procedure (mobilised, checklist, log, urgent meeting, closure) and its series' last 52 weeks.");

        alerts.MapGroup("/{alertId:guid}").RequireAuthorization(WatchPolicies.WatchTeam)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem()
            .MapProcedureEndpoints();
        watch.MapGroup("/alert-rules").MapAlertRuleEndpoints();
        return api;
    }
}
