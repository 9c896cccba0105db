using Coprod.Web.Platform.Documents;
using static Coprod.Web.Modules.Evaluation.Features.AnnualReview.BuildAnnualReview;

namespace Coprod.Web.Modules.Evaluation.Features.AnnualReview;

internal sealed partial class AnnualReviewWriter
{
    /// <summary>The sheets flagged for review with their figures, then the amendments: the open ones and a revision proposed for each flagged sheet (CLS-5).</summary>
    public IEnumerable<ReportBlock> Review()
    {
        var flagged = d.Evaluation.Sheets.Where(s => s.Review.Flagged).ToList();
        yield return new ReportHeading(1, t["Annual_Flagged"]);
        if (flagged.Count == 0)
        {
            yield return new ReportParagraph(t["Annual_NoFlagged"]);
        }
        else
        {
            yield return new ReportTable([t["Annual_ColSheet"], t["Review_Mean"], t["Review_Expected"], t["Review_Cost"], t["Review_CostPerPoint"], t["Annual_ColReasons"]],
                flagged.Select(s => (IReadOnlyList<string>)[t["Annual_Sheet", s.Number, s.Title], Percent(s.Review.MeanResultProgress), Percent(s.Review.Expected),
                    Euros(s.Review.Cost), Euros(s.Review.CostPerPoint), string.Join(" ", s.Review.Reasons.Select(r => t[$"Flag_{r}"].Value))]).ToList());
        }
        yield return new ReportHeading(1, t["Annual_Amendments"]);
        var items = d.OpenAmendments.Select(a => t["Annual_OpenAmendment", a.Number, a.Title, Dates.Short(Platform.ParisTime.DateOf(a.ProposedAt))].Value)
            .Concat(flagged.Select(s => t["Annual_ProposeRevision", s.Number, s.Title].Value))
            .ToList();
        yield return items.Count == 0 ? new ReportParagraph(t["Annual_NoAmendment"]) : new ReportBullets(items);
    }
}
