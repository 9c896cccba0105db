using System.Security.Cryptography;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Attaches a document to a meeting (GOV-2), for the body's managers (<see cref="GovernanceAccess"/>).
/// The file is checked by its content, not only its name (<see cref="DocumentFormats"/>): PDF,
/// OpenDocument, Office Open XML, PNG, JPEG, UTF-8 text and CSV, 10 Mio at most, 30 per meeting.
/// Its title is anonymous text (PRIV-1), checked by the <see cref="AnonymousTextGuard"/>, with the
/// audited override for person names; the file's content cannot be scanned and is the uploader's
/// responsibility. Every refusal is a 422 problem with field errors (<c>file</c>, <c>title</c>) and
/// stores nothing.
/// </summary>
/// <remarks>
/// A cancelled meeting still takes documents, as it still takes its minutes: the record of why it
/// was cancelled, or papers sent beforehand, belong with it.
/// </remarks>
public static class UploadMeetingDocument
{
    /// <summary>The file as received: its name on the client, its announced length, and its bytes.</summary>
    public sealed record UploadedFile(string? FileName, long Length, Stream Content);

    public sealed record Request(string? Title, UploadedFile? File, PrivacyOverride? PrivacyOverride = null);

    /// <summary>Reads a <c>multipart/form-data</c> request: <c>file</c>, <c>title</c> and <c>privacyOverride.reason</c>; any other body has no file.</summary>
    public static async Task<Request> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return new Request(null, null);
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return new Request(null, null);
        }
        var file = form.Files.GetFile("file");
        var reason = form[AnonymousTextCheck.ReasonField].FirstOrDefault();
        return new Request(form["title"].FirstOrDefault(), file is null ? null : new UploadedFile(file.FileName, file.Length, file.OpenReadStream()),
            string.IsNullOrWhiteSpace(reason) ? null : new PrivacyOverride(reason));
    }

    public sealed class Handler(CoprodDbContext db, MeetingEditing editing, AuditTrail audit, AnonymousTextGuard privacyGuard, TimeProvider clock,
        IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<MeetingDocumentDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (_, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var v = new Validation();
            var title = r.Title?.Trim() ?? "";
            v.Check(title.Length > 0, "title", ui["Validation_Required"]);
            v.Check(title.Length <= GovernanceLimits.Name, "title", ui["Validation_TooLong", GovernanceLimits.Name]);
            var count = await db.Set<MeetingDocument>().CountAsync(d => d.MeetingId == meetingId, ct);
            v.Check(count < GovernanceLimits.DocumentsPerMeeting, "file", t["Document_TooMany", GovernanceLimits.DocumentsPerMeeting]);
            var (file, content, format) = await ReadFileAsync(v, r.File, ct);
            if (!v.IsValid)
            {
                return Refuse(v);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("title", title);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var document = new MeetingDocument
            {
                Id = Guid.NewGuid(),
                MeetingId = meetingId,
                PartnershipId = partnershipId,
                Title = title,
                FileName = file!,
                ContentType = format!.ContentType,
                Size = content!.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
                UploadedBy = actorId,
                UploadedAt = clock.GetUtcNow(),
            };
            db.Add(document);
            db.Add(new MeetingDocumentContent { DocumentId = document.Id, Bytes = content });
            // The trail says which file was added (type, size, digest), never what it holds.
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceDocumentUploaded, partnershipId, actorId, "meeting-document", document.Id.ToString(),
                    new { meetingId, contentType = document.ContentType, size = document.Size, sha256 = document.Sha256 }),
                .. privacy.AuditEntries(partnershipId, actorId, "meeting-document", document.Id.ToString())]);
            var name = await db.Users.Where(u => u.Id == actorId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/governance/meetings/{meetingId}/documents/{document.Id}",
                ListMeetingDocuments.ToDto(document, name));
        }

        /// <summary>The safe file name, the bytes and the recognised format; field errors on <c>file</c> otherwise.</summary>
        private async Task<(string? Name, byte[]? Content, DocumentFormats.Format? Format)> ReadFileAsync(Validation v, UploadedFile? file, CancellationToken ct)
        {
            if (file is null)
            {
                v.Add("file", t["Document_FileRequired"]);
                return default;
            }
            var limitMiB = GovernanceLimits.DocumentBytes / 1024 / 1024;
            if (file.Length > GovernanceLimits.DocumentBytes)
            {
                v.Add("file", t["Document_TooLarge", limitMiB]);
                return default;
            }
            var name = DocumentFormats.SafeFileName(file.FileName, GovernanceLimits.FileName);
            var format = DocumentFormats.ForName(name);
            if (format is null)
            {
                v.Add("file", t["Document_TypeRefused", DocumentFormats.Extensions.Replace(",", ", ")]);
                return default;
            }
            var content = await ReadAtMostAsync(file.Content, GovernanceLimits.DocumentBytes + 1, ct);
            if (content.Length == 0)
            {
                v.Add("file", t["Document_Empty"]);
                return default;
            }
            if (content.Length > GovernanceLimits.DocumentBytes)
            {
                v.Add("file", t["Document_TooLarge", limitMiB]);
                return default;
            }
            if (!format.Matches(content))
            {
                v.Add("file", t["Document_ContentMismatch", format.Label]);
                return default;
            }
            return (name, content, format);
        }

        /// <summary>Reads <paramref name="max"/> bytes at most: a stream longer than it announced is refused, not read to its end.</summary>
        private static async Task<byte[]> ReadAtMostAsync(Stream source, int max, CancellationToken ct)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81_920];
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), ct)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }

        private ProblemHttpResult Refuse(Validation v) =>
            TypedResults.Problem(new HttpValidationProblemDetails(v.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = t["Document_Refused"],
                Detail = string.Join(" ", v.Errors.Values.SelectMany(m => m)),
            });
    }
}
