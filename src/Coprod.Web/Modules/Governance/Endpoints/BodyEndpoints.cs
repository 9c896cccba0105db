using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Endpoints;

internal static class BodyEndpoints
{
    public static void MapBodyEndpoints(this RouteGroupBuilder governance)
    {
        var bodies = governance.MapGroup("/bodies");

        bodies.MapGet("", async (Guid partnershipId, ListBodies.Handler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Governance_ListBodies")
            .WithSummary("The partnership's bodies (plenary, restricted formation, groups, GLTD…) with their last and next meetings.");

        bodies.MapGet("/{bodyId:guid}", async Task<Results<Ok<BodyDto>, ProblemHttpResult>> (Guid partnershipId, Guid bodyId, GetBody.Handler handler, HttpContext http,
                IStringLocalizer<GovernanceText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, bodyId, http.User.RequireUserId(), ct) is { } body
                    ? TypedResults.Ok(body)
                    : TypedResults.Problem(detail: t["Body_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Governance_GetBody")
            .WithSummary("A body with its members (by right or optional, legal basis) and its meetings.");

        bodies.MapPost("", (Guid partnershipId, CreateBody.Request request, CreateBody.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Governance_CreateBody")
            .WithSummary("Create a body: the coordinator; a GLTD only by the prosecutor (Parquet role), with its scope and duration (403 otherwise).");

        bodies.MapPut("/{bodyId:guid}", (Guid partnershipId, Guid bodyId, UpdateBody.Request request, UpdateBody.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, bodyId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Governance_UpdateBody")
            .WithSummary("Edit a body (name, purpose, scope, end, status, members); same managers as creation; 409 on a stale version.");

        bodies.MapPost("/{bodyId:guid}/meetings", (Guid partnershipId, Guid bodyId, ScheduleMeeting.Request request, ScheduleMeeting.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, bodyId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Governance_ScheduleMeeting")
            .WithSummary("Schedule a meeting of the body (its managers): times with offsets, place, agenda (anonymous texts, 422), invitees (default: the members).");

        bodies.MapPost("/{bodyId:guid}/convocation-requests", (Guid partnershipId, Guid bodyId, RequestConvocation.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, bodyId, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Governance_RequestConvocation")
            .WithSummary("Ask that the plenary be convened as of right: the prefect, or a member for a member institution; returns whether it now must be.");

        governance.MapGet("/body-templates", async (Guid partnershipId, ListBodyTemplates.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Governance_ListBodyTemplates")
            .WithSummary("The usual bodies, prefilled for this partnership (name, purpose, suggested member institutions).");

        governance.MapGet("/alerts", async (Guid partnershipId, ListGovernanceAlerts.Handler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, ct)))
            .WithName("Governance_ListAlerts")
            .WithSummary("Blocking alerts: « Séance de droit à convoquer » while a plenary convened as of right has no meeting scheduled.");
    }
}
