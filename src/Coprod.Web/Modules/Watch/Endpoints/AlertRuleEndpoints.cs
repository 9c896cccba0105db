using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Watch.Endpoints;

/// <summary>The alert rules (VEI-1): read by the watch team, written by the coordinator.</summary>
internal static class AlertRuleEndpoints
{
    public static void MapAlertRuleEndpoints(this RouteGroupBuilder rules)
    {
        rules.MapGet("", async (Guid partnershipId, ListAlertRules.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .RequireAuthorization(WatchPolicies.WatchTeam)
            .WithName("Watch_ListAlertRules")
            .WithSummary("The partnership's alert rules, for the watch team.");

        var write = rules.MapGroup("").RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem();

        write.MapPost("", (Guid partnershipId, AlertRuleInput request, CreateAlertRule.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .WithName("Watch_CreateAlertRule")
            .WithSummary("Add an alert rule (coordinator): Fixed (threshold, windowDays) or Spike (sigmas, minimumCount, years), one category or all, Territory/Commune/Area/EachArea.");

        write.MapPut("/{ruleId:guid}", (Guid partnershipId, Guid ruleId, AlertRuleInput request, UpdateAlertRule.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, ruleId, request, http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("Watch_UpdateAlertRule")
            .WithSummary("Replace an alert rule (coordinator); version is the token read with it (409 when stale).");

        write.MapDelete("/{ruleId:guid}", (Guid partnershipId, Guid ruleId, Guid? version, DeleteAlertRule.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, ruleId, version, http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("Watch_DeleteAlertRule")
            .WithSummary("Remove a rule that never raised an alert (coordinator), with ?version= (409 when stale, or when it has alerts: deactivate it instead).");
    }
}
