using Coprod.Web.Modules.Contract.Features.Amendments;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Contract.Endpoints;

/// <summary>Amendments (CLS-5): read by every member, proposed and withdrawn by the coordinator, approved or refused by the signatories' designated members.</summary>
internal static class AmendmentEndpoints
{
    public static void MapAmendmentEndpoints(this IEndpointRouteBuilder api)
    {
        var amendments = api.MapGroup("/partnerships/{partnershipId:guid}/contracts/{contractId:guid}/amendments")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Contract");

        amendments.MapGet("", (Guid partnershipId, Guid contractId, ListAmendments.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, contractId, http.User.RequireUserId(), ct))
            .WithName("Contract_ListAmendments")
            .WithSummary("The contract's amendments, latest first; awaitsMe marks those waiting for the caller's decision.");

        amendments.MapGet("/{amendmentId:guid}", (Guid partnershipId, Guid contractId, Guid amendmentId, GetAmendment.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, amendmentId, http.User.RequireUserId(), ct))
            .WithName("Contract_GetAmendment")
            .WithSummary("An amendment: its diff against the version it amends (sheet by sheet, field by field) and each signatory's decision.");

        amendments.MapPost("/{amendmentId:guid}/approvals", (Guid partnershipId, Guid contractId, Guid amendmentId, DecideAmendment.Request request,
                DecideAmendment.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, contractId, amendmentId, request, http.User.RequireUserId(), ct))
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem()
            .WithName("Contract_DecideAmendment")
            .WithSummary("A signatory approves (approve: true) or refuses the amendment; the last approval puts it in force, a refusal closes it.");

        var write = amendments.MapGroup("").RequireAuthorization(CoprodPolicies.PartnershipManage)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem();

        write.MapPost("", (Guid partnershipId, Guid contractId, AmendmentInput request, ProposeAmendment.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, contractId, request, http.User.RequireUserId(), ct))
            .WithName("Contract_ProposeAmendment")
            .WithSummary("Propose an amendment to the signed contract (coordinator): title, reason, endsOn, changes [{ sheetId, content, abandon }].");

        write.MapPut("/{amendmentId:guid}", (Guid partnershipId, Guid contractId, Guid amendmentId, AmendmentInput request, UpdateAmendment.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, amendmentId, request, http.User.RequireUserId(), ct))
            .WithName("Contract_UpdateAmendment")
            .WithSummary("Rewrite an open amendment no signatory has decided on yet (coordinator); version as read.");

        write.MapPost("/{amendmentId:guid}/withdraw", (Guid partnershipId, Guid contractId, Guid amendmentId, Guid? version, WithdrawAmendment.Handler handler,
                HttpContext http, CancellationToken ct) => handler.HandleAsync(partnershipId, contractId, amendmentId, version, http.User.RequireUserId(), ct))
            .WithName("Contract_WithdrawAmendment")
            .WithSummary("Withdraw an open amendment (coordinator), with ?version=; it stays in the history.");
    }
}
