using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// The documents of a meeting, oldest first: their description only, never their bytes. Anyone who
/// reads the meeting reads its documents, a cancelled meeting's too.
/// </summary>
public static class ListMeetingDocuments
{
    public sealed class Handler(CoprodDbContext db)
    {
        /// <summary>The documents, or null when the meeting is not in this partnership.</summary>
        public async Task<IReadOnlyList<MeetingDocumentDto>?> HandleAsync(Guid partnershipId, Guid meetingId, CancellationToken ct = default) =>
            await db.Set<Meeting>().AnyAsync(m => m.Id == meetingId && m.PartnershipId == partnershipId, ct)
                ? await ForMeetingAsync(meetingId, ct)
                : null;

        /// <summary>The documents of a meeting the caller has already found.</summary>
        public async Task<IReadOnlyList<MeetingDocumentDto>> ForMeetingAsync(Guid meetingId, CancellationToken ct = default)
        {
            var rows = await db.Set<MeetingDocument>().AsNoTracking().Where(d => d.MeetingId == meetingId)
                .GroupJoin(db.Users, d => d.UploadedBy, u => u.Id, (d, users) => new { d, users })
                .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new { Document = x.d, Name = u == null ? null : u.DisplayName })
                .OrderBy(x => x.Document.UploadedAt)
                .ToListAsync(ct);
            return rows.Select(x => ToDto(x.Document, x.Name)).ToList();
        }
    }

    public static MeetingDocumentDto ToDto(MeetingDocument d, string? uploaderName) =>
        new(d.Id, d.MeetingId, d.Title, d.FileName, d.ContentType, DocumentFormats.ForContentType(d.ContentType)?.Label ?? d.ContentType, d.Size, d.Sha256,
            d.UploadedBy, uploaderName ?? "—", d.UploadedAt);
}
