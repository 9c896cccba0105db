using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Documents;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Register;

/// <summary>
/// Generates the record of processing or the DPIA template (CONF-6) as HTML, DOCX or PDF, for the president
/// and the coordinator (others 403); each generation is audited.
/// </summary>
public static class GenerateRegister
{
    public enum Kind
    {
        ProcessingRecord = 1,
        ImpactAssessment = 2,
    }

    /// <summary>A generated file: its bytes, MIME type and download name.</summary>
    public sealed record Generated(byte[] Content, string ContentType, string FileName, string Format);

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static readonly string[] Formats = ["html", "docx", "pdf"];

    public sealed class Handler(CoprodDbContext db, GroupManagers managers, GroupReader reader, ProcessingRecordWriter record, ImpactAssessmentWriter dpia,
        AuditTrail audit, IStringLocalizer<GroupsText> t, TimeProvider clock)
    {
        public async Task<Results<Ok<Generated>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Kind kind, string? format, Guid userId,
            CancellationToken ct)
        {
            if (await managers.RefuseUnlessManagerAsync(partnershipId, userId, ct) is { } refusal)
            {
                return refusal;
            }
            var f = string.IsNullOrWhiteSpace(format) ? "html" : format.Trim().ToLowerInvariant();
            if (!Formats.Contains(f))
            {
                return TypedResults.ValidationProblem(Validation.Single("format", t["Register_BadFormat"]));
            }
            var document = await DocumentAsync(partnershipId, kind, f, userId, ct);
            var name = kind == Kind.ProcessingRecord ? "registre-traitements-confidentiels" : "aipd-groupes-confidentiels";
            return TypedResults.Ok(f switch
            {
                "docx" => new Generated(DocxReportWriter.Write(document), Docx, name + ".docx", f),
                "pdf" => new Generated(PdfReportWriter.Write(document), "application/pdf", name + ".pdf", f),
                _ => new Generated(System.Text.Encoding.UTF8.GetBytes(HtmlReportWriter.Write(document)), "text/html; charset=utf-8", name + ".html", f),
            });
        }

        /// <summary>The document for the page's preview (managers only, checked by the caller through <see cref="GroupManagers"/>), audited as a generation.</summary>
        public async Task<ReportDocument?> PreviewAsync(Guid partnershipId, Kind kind, Guid userId, CancellationToken ct) =>
            await managers.IsManagerAsync(partnershipId, userId, ct) ? await DocumentAsync(partnershipId, kind, "preview", userId, ct) : null;

        private async Task<ReportDocument> DocumentAsync(Guid partnershipId, Kind kind, string format, Guid userId, CancellationToken ct)
        {
            var data = await RegisterData.LoadAsync(db, reader, clock, partnershipId, ct);
            var document = kind == Kind.ProcessingRecord ? record.Write(data) : dpia.Write(data);
            await audit.RecordAsync(new AuditEntry(kind == Kind.ProcessingRecord ? AuditEventType.ProcessingRecordGenerated : AuditEventType.ImpactAssessmentGenerated,
                partnershipId, userId, "partnership", partnershipId.ToString(), new { format }), ct);
            return document;
        }
    }
}
