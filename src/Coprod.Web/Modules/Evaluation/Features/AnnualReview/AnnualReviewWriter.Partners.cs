using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Documents;
using static Coprod.Web.Modules.Evaluation.Features.AnnualReview.BuildAnnualReview;

namespace Coprod.Web.Modules.Evaluation.Features.AnnualReview;

internal sealed partial class AnnualReviewWriter
{
    /// <summary>The commitments due in the year per partner (kept on time, late, open) and the late ones, with who must answer.</summary>
    public IEnumerable<ReportBlock> Commitments()
    {
        yield return new ReportHeading(1, t["Annual_Commitments", d.Year]);
        if (d.Commitments.Count == 0)
        {
            yield return new ReportParagraph(t["Annual_NoCommitment"]);
            yield break;
        }
        var rows = d.Commitments.GroupBy(c => c.InstitutionId)
            .Select(g => (Kept: GetDashboard.Handler.Kept(g.Key, d.Institution(g.Key), g, d.AsOf), Open: g.Count(c => c.IsOpen && c.DueOn > d.AsOf)))
            .OrderBy(r => r.Kept.Name, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<string>)[r.Kept.Name, $"{r.Kept.DueSoFar}", $"{r.Kept.KeptOnTime}", $"{r.Kept.KeptLate}", $"{r.Kept.LateOpen}", $"{r.Open}",
                Percent(r.Kept.Rate)])
            .ToList();
        yield return new ReportTable([t["Col_Institution"], t["Annual_ColDue"], t["Annual_ColOnTime"], t["Annual_ColKeptLate"], t["Annual_ColLate"],
            t["Annual_ColOpen"], t["Annual_ColRate"]], rows);
        var late = d.Commitments.Where(c => c.DaysLate(d.AsOf) > 0).OrderByDescending(c => c.DaysLate(d.AsOf)).ToList();
        yield return new ReportHeading(2, t["Annual_LateTitle"]);
        yield return late.Count == 0 ? new ReportParagraph(t["Late_None"]) : new ReportBullets(late.Select(Late).ToList());
    }

    private string Late(Commitment c)
    {
        var sheet = c.SheetId is { } id ? d.Sheets.FirstOrDefault(s => s.Id == id) : null;
        var line = t["Annual_LateLine", c.Text, Dates.Short(c.DueOn), c.DaysLate(d.AsOf), d.Institution(c.InstitutionId)].Value;
        if (sheet is not null)
        {
            line += " " + t["Annual_LateSheet", sheet.Number];
        }
        if (c.FormalReminderSentAt is { } reminded)
        {
            line += " " + t["Annual_LateReminded", Dates.Short(Platform.ParisTime.DateOf(reminded))];
        }
        if (c.PlenaryListedAt is { } listed)
        {
            line += " " + t["Annual_LatePlenary", Dates.Short(Platform.ParisTime.DateOf(listed))];
        }
        return line;
    }

    /// <summary>The partnership's health: attendance at meetings and bodies meeting as often as planned.</summary>
    public IEnumerable<ReportBlock> Health()
    {
        var h = d.Health;
        yield return new ReportHeading(1, t["Annual_Health"]);
        yield return new ReportBullets([
            t["Annual_Attendance", Dates.Short(h.From), Dates.Short(h.To), Percent(h.AttendanceRate)],
            t["Annual_Bodies", h.BodiesOnTrack, h.ActiveBodies]]);
    }

    /// <summary>The co-production index of the year per institution, as a table and a chart.</summary>
    public IEnumerable<ReportBlock> Coproduction()
    {
        yield return new ReportHeading(1, t["Annual_Coproduction", d.Year]);
        var rows = (d.Coproduction?.Institutions ?? [])
            .Select(i => (i.Name, Score: i.Years.Single(y => y.Year == d.Year).Score))
            .Where(r => r.Score.Index is not null)
            .ToList();
        if (rows.Count == 0)
        {
            yield return new ReportParagraph(t["Coproduction_None"]);
            yield break;
        }
        yield return new ReportTable([t["Col_Institution"], t["Annual_ColIndex"], t["Component_SharedSheets"], t["Component_CommitmentsKept"],
            t["Component_DataContributed"], t["Component_MeetingsAttended"]],
            rows.Select(r => (IReadOnlyList<string>)[r.Name, Index(r.Score.Index), Percent(r.Score.SharedSheets), Percent(r.Score.CommitmentsKept),
                Percent(r.Score.DataContributed), Percent(r.Score.MeetingsAttended)]).ToList());
        yield return new ReportBarChart(t["Annual_CoproductionChart", d.Year],
            rows.Select(r => new ReportBar(r.Name, (r.Score.Index ?? 0) / 100, null, Index(r.Score.Index))).ToList());
    }

    private static string Index(double? index) => index is { } i ? i.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) : "–";
}
