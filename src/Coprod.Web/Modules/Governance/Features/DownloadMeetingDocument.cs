using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// One document of a meeting, for anyone who reads the meeting: served as an attachment under its
/// original name, with the type recognised at upload and <c>nosniff</c>, so that no browser renders
/// it inside the application.
/// </summary>
public static class DownloadMeetingDocument
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(CoprodDbContext db)
    {
        /// <summary>The file, or null when there is no such document on this meeting of this partnership.</summary>
        public async Task<File?> HandleAsync(Guid partnershipId, Guid meetingId, Guid documentId, CancellationToken ct = default) =>
            await db.Set<MeetingDocument>().AsNoTracking()
                .Where(d => d.Id == documentId && d.MeetingId == meetingId && d.PartnershipId == partnershipId)
                .Join(db.Set<MeetingDocumentContent>(), d => d.Id, c => c.DocumentId, (d, c) => new File(d.FileName, d.ContentType, c.Bytes))
                .FirstOrDefaultAsync(ct);
    }

    /// <summary>The download response: attachment, no sniffing, not kept in shared caches.</summary>
    public static FileContentHttpResult Result(File file, HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
