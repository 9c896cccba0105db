using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Documents;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Export (PDF, DOCX) and print of an active case (CONF-4, CONF-5): every page names its reader and the time, and
/// recalls that disclosure is an offence; each is audited. An archived case is neither exported nor printed.
/// </summary>
public static class ExportCase
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static readonly string[] Formats = ["pdf", "docx"];

    /// <summary>What the print page shows: the case and its watermark.</summary>
    public sealed record Printable(CaseDto Case, string Watermark);

    public sealed class Handler(CoprodDbContext db, ConfidentialAccess access, GetCase.Handler read, AuditTrail audit, TimeProvider clock,
        IStringLocalizer<ConfidentialText> notFound, IStringLocalizer<CasesText> t)
    {
        public async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportAsync(Guid partnershipId, Guid caseId, string? format, Guid userId,
            CancellationToken ct)
        {
            if (await access.CaseAsync(partnershipId, caseId, userId, ct) is not { } pair)
            {
                return ConfidentialProblems.NotFound(notFound);
            }
            var kind = format?.Trim().ToLowerInvariant() ?? "pdf";
            if (!Formats.Contains(kind))
            {
                return TypedResults.ValidationProblem(Validation.Single("format", t["Export_BadFormat"]));
            }
            if (pair.Case.Status != CaseStatus.Active)
            {
                return CaseProblems.Conflict(t["Export_Archived"]);
            }
            var (dto, watermark) = await PrepareAsync(pair.Seat, pair.Case, userId, ct);
            await audit.RecordAsync(new AuditEntry(AuditEventType.ConfidentialCaseExported, partnershipId, userId, "ConfidentialCase", caseId.ToString(),
                new { groupId = pair.Case.GroupId, format = kind }), ct);
            var document = CaseDocument.Build(dto, watermark, t);
            return kind == "docx"
                ? TypedResults.File(DocxReportWriter.Write(document), Docx, $"{dto.Reference}.docx")
                : TypedResults.File(PdfReportWriter.Write(document), "application/pdf", $"{dto.Reference}.pdf");
        }

        /// <summary>The case for the print page, audited as printed; null when it is not there for the caller or archived.</summary>
        public async Task<Printable?> PrintAsync(Guid partnershipId, Guid caseId, Guid userId, CancellationToken ct)
        {
            if (await access.CaseAsync(partnershipId, caseId, userId, ct) is not { } pair || pair.Case.Status != CaseStatus.Active)
            {
                return null;
            }
            var (dto, watermark) = await PrepareAsync(pair.Seat, pair.Case, userId, ct);
            await audit.RecordAsync(new AuditEntry(AuditEventType.ConfidentialCasePrinted, partnershipId, userId, "ConfidentialCase", caseId.ToString(),
                new { groupId = pair.Case.GroupId }), ct);
            return new Printable(dto, watermark);
        }

        private async Task<(CaseDto, string)> PrepareAsync(ConfidentialAccess.Seat seat, ConfidentialCase found, Guid userId, CancellationToken ct)
        {
            var reader = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(ct);
            return (await read.ReadAsync(seat, found, userId, ct), CaseDocument.Watermark(t, reader, clock.GetUtcNow()));
        }
    }
}
