using Coprod.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Register;

/// <summary>
/// The template of the data protection impact assessment (AIPD) of the confidential groups (CONF-6): the
/// description and the measures come from the configuration; the assessment of each risk is left blank
/// « à compléter par le DPO ».
/// </summary>
public sealed class ImpactAssessmentWriter(IStringLocalizer<GroupsText> t)
{
    public ReportDocument Write(RegisterData data)
    {
        var todo = t["Dpia_ToComplete"].Value;
        var blocks = new List<ReportBlock>
        {
            new ReportHeading(1, t["Dpia_Description"]),
            new ReportParagraph(t["Register_ControllerText", data.Partnership, data.Presidents.Count == 0 ? t["Register_NoPresident"] : string.Join(", ", data.Presidents)]),
            new ReportTable([t["Group_Name"], t["Group_Channel"], t["Group_Purpose"], t["Register_LegalBasisShort"], t["Charter_ArchiveYears"]],
                data.Groups.Select(g => (IReadOnlyList<string>)[g.Name, t["Channel_" + g.Channel].Value, g.Purpose, t["LegalBasis_" + g.Channel].Value,
                    g.Charter.ArchiveYears.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToList()),
            new ReportHeading(1, t["Dpia_Necessity"]),
            new ReportBullets([t["Dpia_NecessityCategories"], t["Dpia_NecessityMembers"], t["Dpia_NecessityRetention"], t["Dpia_NecessityFamilies"]]),
            new ReportParagraph(todo),
            new ReportHeading(1, t["Dpia_Risks"]),
            new ReportTable([t["Dpia_Risk"], t["Dpia_Measures"], t["Dpia_Severity"], t["Dpia_Likelihood"]],
            [
                [t["Dpia_RiskAccess"], t["Dpia_MeasuresAccess"], todo, todo],
                [t["Dpia_RiskChange"], t["Dpia_MeasuresChange"], todo, todo],
                [t["Dpia_RiskLoss"], t["Dpia_MeasuresLoss"], todo, todo],
            ]),
            new ReportHeading(1, t["Register_Security"]),
            new ReportBullets(ProcessingRecordWriter.SecurityMeasures(t)),
            new ReportHeading(1, t["Dpia_Validation"]),
            new ReportParagraph(todo),
        };
        return new ReportDocument(t["Dpia_Title"], ProcessingRecordWriter.Subtitle(t, data), blocks);
    }
}
