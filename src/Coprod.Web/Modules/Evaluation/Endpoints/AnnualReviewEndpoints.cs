using System.Globalization;
using System.Text;
using Coprod.Web.Modules.Evaluation.Features.AnnualReview;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Documents;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Evaluation.Endpoints;

/// <summary>The yearly review (EVAL-3) under <c>/partnerships/{partnershipId}/reports</c>, for every current member; each generation is audited.</summary>
internal static class AnnualReviewEndpoints
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] Formats = ["html", "docx", "pdf"];

    public static void MapAnnualReviewRoutes(this IEndpointRouteBuilder api)
    {
        api.MapGet($"/partnerships/{{{CoprodPolicies.PartnershipRouteKey}:guid}}/reports/annual",
                async Task<Results<ContentHttpResult, FileContentHttpResult, ValidationProblem>> (Guid partnershipId, string? year, string? format, HttpContext http,
                    BuildAnnualReview.Handler handler, AuditTrail audit, IStringLocalizer<EvaluationText> t, CancellationToken ct) =>
                {
                    var kind = string.IsNullOrWhiteSpace(format) ? "html" : format.Trim().ToLowerInvariant();
                    var v = new Validation();
                    v.Check(int.TryParse(year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y), "year", t["Annual_BadYearNumber"]);
                    v.Check(Formats.Contains(kind), "format", t["Annual_BadFormat"]);
                    if (!v.IsValid)
                    {
                        return TypedResults.ValidationProblem(v.Errors);
                    }
                    var (document, error) = await handler.BuildAsync(partnershipId, y, ct);
                    if (document is null)
                    {
                        return TypedResults.ValidationProblem(Validation.Single("year", t[error == AnnualReviewError.NoContract ? "Annual_NoContract" : "Problem_BadYear"]));
                    }
                    await audit.RecordAsync(new AuditEntry(AuditEventType.AnnualReportGenerated, partnershipId, http.User.RequireUserId(), "annual-report",
                        y.ToString(CultureInfo.InvariantCulture), new { year = y, format = kind }), ct);
                    return kind switch
                    {
                        "docx" => TypedResults.File(DocxReportWriter.Write(document), Docx, $"bilan-annuel-{y}.docx"),
                        "pdf" => TypedResults.File(PdfReportWriter.Write(document), "application/pdf", $"bilan-annuel-{y}.pdf"),
                        _ => TypedResults.Content(HtmlReportWriter.Write(document), "text/html", Encoding.UTF8),
                    };
                })
            .RequireAuthorization(CoprodPolicies.PartnershipMember)
            .WithTags("Evaluation")
            .WithName("Evaluation_AnnualReview")
            .ProducesValidationProblem()
            .WithSummary("The yearly review (EVAL-3) of the contract covering ?year= (required), in French, as ?format=html (default), docx or pdf: contract, sheets "
                + "by theme with quality and indicators, the year's commitments per partner, health, co-production index, sheets flagged for review and proposed amendments.");
    }
}
