using System.Globalization;
using Coprod.Web.Modules.Contract;
using Coprod.Web.Platform.Documents;
using Microsoft.Extensions.Localization;
using static Coprod.Web.Modules.Evaluation.Features.AnnualReview.BuildAnnualReview;

namespace Coprod.Web.Modules.Evaluation.Features.AnnualReview;

/// <summary>Writes the yearly review's sections from its data, one method per section, in the current (French) culture.</summary>
internal sealed partial class AnnualReviewWriter(AnnualReviewData d, IStringLocalizer<EvaluationText> t, IStringLocalizer<ContractText> k)
{
    /// <summary>The contract: kind, title, period, version, signatories and the share of the period elapsed.</summary>
    public IEnumerable<ReportBlock> Contract()
    {
        var c = d.Contract;
        yield return new ReportHeading(1, t["Annual_Contract"]);
        yield return new ReportParagraph(t["Annual_ContractLine", t[$"Kind_{c.Kind}"], c.Title, Dates.Short(c.StartsOn), Dates.Short(c.EndsOn), c.CurrentVersion]);
        yield return new ReportParagraph(t["Annual_Elapsed", Dates.Short(d.AsOf), Percent(Domain.ExpectedProgress.At(c.StartsOn, c.EndsOn, d.AsOf))]);
        if (d.Signatories.Count == 0)
        {
            yield return new ReportParagraph(t["Annual_NoSignatory"]);
            yield break;
        }
        yield return new ReportTable([t["Annual_ColSignatory"], t["Annual_ColRole"], t["Annual_ColSignedOn"]],
            d.Signatories.Select(s => (IReadOnlyList<string>)[s.Label, k[$"SignatoryRole_{s.Role}"], s.SignedOn is { } on ? Dates.Short(on) : t["Annual_NotSigned"]])
                .ToList());
    }

    private string Percent(double? share) => share is { } s ? Math.Round(s * 100).ToString("0", CultureInfo.CurrentCulture) + "\u00A0%" : t["NoData"];

    private static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "–";

    private static string Euros(decimal? value) => value is { } v ? v.ToString("#,0", CultureInfo.CurrentCulture) + "\u00A0€" : "–";
}
