using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Endpoints;

/// <summary>
/// The documents of a meeting. The upload reads its multipart form itself, without <c>Accepts</c>
/// metadata: a body of another type is refused after authorisation (422 on <c>file</c>), not before it (415).
/// </summary>
internal static class MeetingDocumentEndpoints
{
    public static void MapMeetingDocumentEndpoints(this RouteGroupBuilder meetings)
    {
        var documents = meetings.MapGroup("/documents");

        documents.MapGet("", async Task<Results<Ok<IReadOnlyList<MeetingDocumentDto>>, ProblemHttpResult>> (Guid partnershipId, Guid meetingId,
                ListMeetingDocuments.Handler handler, IStringLocalizer<GovernanceText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, meetingId, ct) is { } list
                    ? TypedResults.Ok(list)
                    : TypedResults.Problem(detail: t["Meeting_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Governance_ListMeetingDocuments")
            .WithSummary("The meeting's documents: title, file name, type, size, SHA-256, who uploaded them and when (never their content).");

        documents.MapPost("", async (Guid partnershipId, Guid meetingId, HttpRequest request, UploadMeetingDocument.Handler handler, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, meetingId, await UploadMeetingDocument.ReadAsync(request, ct), request.HttpContext.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithMetadata(new RequestSizeLimitAttribute(GovernanceLimits.DocumentRequestBytes))
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithName("Governance_UploadMeetingDocument")
            .WithSummary("Attach a document (the body's managers): multipart/form-data with file and title (anonymous text; privacyOverride.reason for person names). "
                + "PDF, ODT/ODS/ODP, DOCX/XLSX/PPTX, PNG, JPEG, TXT, CSV recognised by content, 10 MiB, 30 per meeting; 422 with field errors otherwise.");

        documents.MapGet("/{documentId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid partnershipId, Guid meetingId, Guid documentId,
                DownloadMeetingDocument.Handler handler, HttpResponse response, IStringLocalizer<GovernanceText> t, CancellationToken ct) =>
                await handler.HandleAsync(partnershipId, meetingId, documentId, ct) is { } file
                    ? DownloadMeetingDocument.Result(file, response)
                    : TypedResults.Problem(detail: t["Document_NotFound"], statusCode: StatusCodes.Status404NotFound))
            .WithName("Governance_DownloadMeetingDocument")
            .WithSummary("Download a document: attachment under its original name, its recognised type, X-Content-Type-Options: nosniff.");

        documents.MapDelete("/{documentId:guid}", (Guid partnershipId, Guid meetingId, Guid documentId, DeleteMeetingDocument.Handler handler, HttpContext http,
                CancellationToken ct) => handler.HandleAsync(partnershipId, meetingId, documentId, http.User.RequireUserId(), ct))
            .RequireAuthorization(CoprodPolicies.PartnershipContribute)
            .WithName("Governance_DeleteMeetingDocument")
            .WithSummary("Remove a document and its content (the body's managers); audited.");
    }
}
