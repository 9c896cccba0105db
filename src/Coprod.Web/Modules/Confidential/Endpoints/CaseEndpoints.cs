using Coprod.Web.Modules.Confidential.Features.Cases;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Confidential.Endpoints;

/// <summary>Cases of a group (CONF-2 to CONF-5, CONF-7): every route answers 404 with one body to whoever is not an entitled member.</summary>
internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder api)
    {
        var confidential = api.MapGroup($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}/confidential")
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Confidential");
        var groupCases = confidential.MapGroup("/groups/{groupId:guid}/cases");
        groupCases.MapGet("", (Guid partnershipId, Guid groupId, string? status, ListCases.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, groupId, status, http.User.RequireUserId(), ct))
            .WithName("Confidential_ListCases")
            .WithSummary("The group's cases for its entitled members (?status=active|archived; archived ones without names). Audited.");
        groupCases.MapPost("", (Guid partnershipId, Guid groupId, OpenCase.Request request, OpenCase.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, groupId, request, http.User.RequireUserId(), ct))
            .WithName("Confidential_OpenCase")
            .WithSummary("Open a case: persons (one followed, under 25), situation, start, origin, referent. Sealed, audited; members told without content.");

        var cases = confidential.MapGroup("/cases/{caseId:guid}");
        cases.MapGet("", (Guid partnershipId, Guid caseId, GetCase.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, caseId, null, http.User.RequireUserId(), ct))
            .WithName("Confidential_GetCase")
            .WithSummary("A case with its record and entries; every read audited. Archived: 404 with reasonRequired for its members (see archive-reads).");
        cases.MapPost("/archive-reads", (Guid partnershipId, Guid caseId, ArchiveRead request, GetCase.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, caseId, request.Reason, http.User.RequireUserId(), ct))
            .WithName("Confidential_ReadArchivedCase")
            .WithSummary("Open an archived case read-only, with the reason (5 to 300 characters) in the body, never in the address: sealed and audited.");
        cases.MapPut("", (Guid partnershipId, Guid caseId, UpdateCase.Request request, UpdateCase.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, caseId, request, http.User.RequireUserId(), ct))
            .WithName("Confidential_UpdateCase")
            .WithSummary("Change the record, referent and origin of an active case (409 on a stale version).");
        cases.MapPost("/close", (Guid partnershipId, Guid caseId, CloseCase.Request request, CloseCase.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, caseId, request, http.User.RequireUserId(), ct))
            .WithName("Confidential_CloseCase")
            .WithSummary("End the follow-up: the case moves to the restricted archive for the charter's archive years.");
        cases.MapPost("/entries", (Guid partnershipId, Guid caseId, AddEntry.Request request, AddEntry.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, caseId, request, http.User.RequireUserId(), ct))
            .WithName("Confidential_AddEntry")
            .WithSummary("Add an action, information, note (if the charter allows) or « famille informée »; category allowed by the charter.");
        cases.MapGet("/access-log", (Guid partnershipId, Guid caseId, ReadAccessLog.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, caseId, http.User.RequireUserId(), ct))
            .WithName("Confidential_ReadAccessLog")
            .WithSummary("Who read or wrote what in the case, newest first, with archive reasons. Audited.");
        cases.MapGet("/access-log/verify", (Guid partnershipId, Guid caseId, ReadAccessLog.VerifyHandler handler, HttpContext http, CancellationToken ct) =>
                handler.HandleAsync(partnershipId, caseId, http.User.RequireUserId(), ct))
            .WithName("Confidential_VerifyAccessLog")
            .WithSummary("Check the audit trail's hash chain: { valid, checked, brokenAt }.");
        cases.MapGet("/export", (Guid partnershipId, Guid caseId, string? format, ExportCase.Handler handler, HttpContext http, CancellationToken ct) =>
                handler.ExportAsync(partnershipId, caseId, format, http.User.RequireUserId(), ct))
            .WithName("Confidential_ExportCase")
            .WithSummary("The active case as ?format=pdf|docx, watermarked with the reader's name on every page. Audited.");
    }
}

/// <summary>The reason a member gives to open an archived case (CONF-6).</summary>
internal sealed record ArchiveRead(string? Reason);

