using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Governance.Endpoints;

internal static class DecisionEndpoints
{
    public static void MapDecisionEndpoints(this RouteGroupBuilder governance)
    {
        governance.MapPost("/meetings/{meetingId:guid}/decisions", (Guid partnershipId, Guid meetingId, RecordDecision.Request request, RecordDecision.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, meetingId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Governance_RecordDecision")
            .WithSummary("Record a decision of the meeting (the body's managers): anonymous text (422), owner institution, optional directory person, due date, communes.");

        governance.MapPut("/decisions/{decisionId:guid}", (Guid partnershipId, Guid decisionId, UpdateDecision.Request request, UpdateDecision.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, decisionId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Governance_UpdateDecision")
            .WithSummary("Change a decision, its status (open, in progress, done, abandoned) and follow-up note; 409 on a stale version.");

        governance.MapGet("/decisions", async (Guid partnershipId, DecisionStatus? status, bool? late, Guid? owner, ListDecisions.Handler handler, HttpContext http,
                CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(partnershipId, http.User.RequireUserId(), status, late ?? false, owner, ct)))
            .WithName("Governance_ListDecisions")
            .WithSummary("The decisions register: ?status=, ?late=true (open or in progress past due, Europe/Paris), ?owner={institutionId}; owner names and days late.");

        governance.MapPost("/meetings/{meetingId:guid}/decisions/digest", (Guid partnershipId, Guid meetingId, DecisionDigests.SendHandler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, meetingId, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Governance_SendDecisionDigest")
            .WithSummary("Mail the meeting's « relevé de décisions » to the members whose institution owns a decision and to every field agent; recorded.");

        governance.MapGet("/decisions/digests/mine", async (Guid partnershipId, DecisionDigests.MineHandler handler, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(partnershipId, http.User.RequireUserId(), ct)))
            .WithName("Governance_MyDecisionDigests")
            .WithSummary("The digests sent to the caller, acknowledged or not.");

        governance.MapPost("/decisions/digests/{digestId:guid}/ack", (Guid partnershipId, Guid digestId, DecisionDigests.AcknowledgeHandler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, digestId, http.User.RequireUserId(), ct))
            .WithName("Governance_AcknowledgeDecisionDigest")
            .WithSummary("The caller acknowledges a digest sent to them (404 when it was not).");
    }
}
