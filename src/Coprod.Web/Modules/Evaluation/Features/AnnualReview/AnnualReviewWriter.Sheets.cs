using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Platform.Documents;
using static Coprod.Web.Modules.Evaluation.Features.AnnualReview.BuildAnnualReview;

namespace Coprod.Web.Modules.Evaluation.Features.AnnualReview;

internal sealed partial class AnnualReviewWriter
{
    /// <summary>The sheets by theme: status, pilot, quality, indicators; then a chart of the results' progress against the expected progress.</summary>
    public IEnumerable<ReportBlock> Sheets()
    {
        yield return new ReportHeading(1, t["Annual_Sheets"]);
        if (d.Sheets.Count == 0)
        {
            yield return new ReportParagraph(t["Sheets_None"]);
            yield break;
        }
        var bars = new List<ReportBar>();
        foreach (var theme in d.Contract.Priorities.OrderBy(p => p.Position))
        {
            var sheets = d.Sheets.Where(s => s.PriorityId == theme.Id).ToList();
            if (sheets.Count == 0)
            {
                continue;
            }
            yield return new ReportHeading(2, t["Annual_Theme", theme.Title]);
            foreach (var sheet in sheets)
            {
                foreach (var block in Sheet(sheet, bars))
                {
                    yield return block;
                }
            }
        }
        yield return bars.Count == 0 ? new ReportParagraph(t["Annual_NoResultChart"]) : new ReportBarChart(t["Annual_ResultChart", d.Year], bars);
    }

    private IEnumerable<ReportBlock> Sheet(ActionSheet sheet, List<ReportBar> bars)
    {
        yield return new ReportHeading(3, t["Annual_Sheet", sheet.Number, sheet.Title]);
        var pilot = sheet.PilotInstitutionId is null ? t["Annual_NoPilot"].Value : d.Institution(sheet.PilotInstitutionId);
        yield return new ReportParagraph(t["Annual_SheetLine", t[$"SheetStatus_{sheet.Status}"], pilot]);
        var quality = SheetQuality.Report(SheetInput.Of(sheet), k);
        if (quality.Complete)
        {
            yield return new ReportParagraph(t["Annual_Complete"]);
        }
        else
        {
            yield return new ReportParagraph(t["Annual_ToPrecise"]);
            yield return new ReportBullets(quality.Missing.Select(m => m.Message).ToList());
        }
        var indicators = sheet.Indicators.OrderByDescending(i => i.Kind == IndicatorKind.Result).ThenBy(i => i.Position).ToList();
        if (indicators.Count == 0)
        {
            yield return new ReportParagraph(t["Indicators_None"]);
            yield break;
        }
        var rows = new List<IReadOnlyList<string>>();
        foreach (var i in indicators)
        {
            var f = d.Figures(sheet, i);
            rows.Add([i.Name, t[$"Annual_Kind_{i.Kind}"], Number(f.Baseline), f.Latest is { } l ? $"{Number(l)} ({Dates.Short(f.LatestPeriod!.Value)})" : "–",
                Number(f.Target), Percent(f.Progress)]);
            if (i.Kind == IndicatorKind.Result && f.Progress is { } p)
            {
                bars.Add(new ReportBar(t["Annual_Bar", sheet.Number, i.Name], Math.Clamp(p, 0, 1), f.Expected, t["Annual_BarFigure", Percent(p), Percent(f.Expected)]));
            }
        }
        yield return new ReportTable([t["Col_Indicator"], t["Annual_ColKind"], t["Col_Baseline"], t["Annual_ColLatest", d.Year], t["Col_Target"], t["Col_Progress"]], rows);
    }
}
