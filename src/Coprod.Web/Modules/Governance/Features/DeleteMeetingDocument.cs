using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Removes a document from a meeting, with its bytes, for the body's managers (<see cref="GovernanceAccess"/>),
/// cancelled meetings included, as for the upload. The audit trail keeps which file it was (type, size, digest).
/// </summary>
public static class DeleteMeetingDocument
{
    public sealed class Handler(CoprodDbContext db, MeetingEditing editing, AuditTrail audit, IStringLocalizer<GovernanceText> t)
    {
        public async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Guid documentId, Guid actorId, CancellationToken ct)
        {
            var (_, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var document = await db.Set<MeetingDocument>().FirstOrDefaultAsync(d => d.Id == documentId && d.MeetingId == meetingId, ct);
            if (document is null)
            {
                return TypedResults.Problem(detail: t["Document_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            // The bytes go with it (cascade in the database); they are never loaded to be deleted.
            db.Remove(document);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.GovernanceDocumentDeleted, partnershipId, actorId, "meeting-document", document.Id.ToString(),
                new { meetingId, contentType = document.ContentType, size = document.Size, sha256 = document.Sha256 }));
            return TypedResults.NoContent();
        }
    }
}
