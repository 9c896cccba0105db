using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Events.Endpoints;

internal static class RoutingRuleEndpoints
{
    public static void MapRoutingRuleEndpoints(this RouteGroupBuilder events)
    {
        var rules = events.MapGroup("/routing-rules");

        rules.MapGet("", async (Guid partnershipId, ListRoutingRules.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Events_ListRoutingRules")
            .WithSummary("The partnership's routing protocol (EVT-2), for every member.");

        rules.MapPost("/simulate", (Guid partnershipId, SimulateRouting.Request request, SimulateRouting.Handler handler, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, ct))
            .WithName("Events_SimulateRouting")
            .WithSummary("Who would receive an event like this one (category, severity, point/area/commune, occurredAt), by which rule and why; saves nothing.");

        var write = rules.MapGroup("").RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        write.MapPost("", (Guid partnershipId, RoutingRuleInput request, CreateRoutingRule.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .WithName("Events_CreateRoutingRule")
            .WithSummary("Add a routing rule (coordinator): categories × communes/areas × minimum severity × window → target institutions, Immediate or Digest.");

        write.MapPut("/{ruleId:guid}", (Guid partnershipId, Guid ruleId, RoutingRuleInput request, UpdateRoutingRule.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, ruleId, request, http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("Events_UpdateRoutingRule")
            .WithSummary("Replace a routing rule (coordinator); version is the token read with it (409 when stale).");

        write.MapDelete("/{ruleId:guid}", (Guid partnershipId, Guid ruleId, Guid? version, DeleteRoutingRule.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, ruleId, version, http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("Events_DeleteRoutingRule")
            .WithSummary("Remove a routing rule (coordinator), with ?version= (409 when stale).");
    }
}
