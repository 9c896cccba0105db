using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features.Commitments;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Contract.Endpoints;

internal static class CommitmentEndpoints
{
    /// <summary>
    /// Under <c>/partnerships/{partnershipId}</c>: every member reads; the coordinator writes
    /// (<see cref="CoprodPolicies.PartnershipManage"/>); a partner marks done and answers for their own institution only.
    /// </summary>
    public static IEndpointRouteBuilder MapCommitmentEndpoints(this IEndpointRouteBuilder api)
    {
        var partnership = api.MapGroup("/partnerships/{partnershipId:guid}").RequireAuthorization(CoprodPolicies.PartnershipMember).WithTags("Contract");
        var commitments = partnership.MapGroup("/commitments");

        commitments.MapGet("", async (Guid partnershipId, CommitmentStatus? status, Guid? institution, bool? late, Guid? sheet, bool? mine,
                ListCommitments.Handler handler, HttpContext http, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(partnershipId,
                    http.User.RequireUserId(), new ListCommitments.Filter(status, institution, late ?? false, sheet, mine ?? false), ct)))
            .WithName("Contract_ListCommitments")
            .WithSummary("The commitments, late first: ?status=, ?institution=, ?late=true, ?sheet=, ?mine=true (the caller's institutions).");

        commitments.MapPost("", (Guid partnershipId, CreateCommitment.Request request, CreateCommitment.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Contract_CreateCommitment")
            .WithSummary("Write a partner's commitment (coordinator): institution, anonymous text, due date, optional contract, sheet, milestone, owner person.");

        commitments.MapGet("/{commitmentId:guid}", (Guid partnershipId, Guid commitmentId, GetCommitment.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, commitmentId, http.User.RequireUserId(), ct))
            .WithName("Contract_GetCommitment")
            .WithSummary("One commitment with its reminders, plenary listing and answers.");

        commitments.MapPut("/{commitmentId:guid}", (Guid partnershipId, Guid commitmentId, UpdateCommitment.Request request, UpdateCommitment.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, commitmentId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Contract_UpdateCommitment")
            .WithSummary("Change every field of a commitment (coordinator), its status and done date; 409 on a stale version.");

        commitments.MapPost("/{commitmentId:guid}/done", (Guid partnershipId, Guid commitmentId, CompleteCommitment.Request request,
                CompleteCommitment.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, commitmentId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Contract_CompleteCommitment")
            .WithSummary("Mark a commitment done (a partner of the owing institution, or the coordinator); the date is not in the future.");

        commitments.MapPost("/{commitmentId:guid}/answers", (Guid partnershipId, Guid commitmentId, AnswerCommitment.Request request,
                AnswerCommitment.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, commitmentId, request, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("Contract_AnswerCommitment")
            .WithSummary("The owing institution's written account (« rendu compte »): anonymous text, kept, never edited.");

        partnership.MapPost("/contracts/{contractId:guid}/sheets/{sheetId:guid}/commitments", (Guid partnershipId, Guid contractId, Guid sheetId,
                CreateSheetCommitments.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, contractId, sheetId, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipManage)
            .WithName("Contract_CreateSheetCommitments")
            .WithSummary("One commitment per milestone of the sheet not yet covered, owed by its pilot (400 without a pilot).");
        return api;
    }
}
