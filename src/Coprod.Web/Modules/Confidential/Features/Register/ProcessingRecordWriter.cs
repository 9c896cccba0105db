using System.Globalization;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Register;

/// <summary>
/// The record of processing (GDPR art. 30) of the partnership's confidential groups (CONF-6), written from
/// their actual configuration: controller, purposes and legal bases per group, categories of data and of
/// people, recipients, retention, security measures, transfers.
/// </summary>
public sealed class ProcessingRecordWriter(IStringLocalizer<GroupsText> t)
{
    public ReportDocument Write(RegisterData data)
    {
        var blocks = new List<ReportBlock>
        {
            new ReportHeading(1, t["Register_Controller"]),
            new ReportParagraph(t["Register_ControllerText", data.Partnership, Presidents(data)]),
            new ReportHeading(1, t["Register_Purposes"]),
        };
        foreach (var g in data.Groups)
        {
            blocks.Add(new ReportHeading(2, $"{g.Name} — {t["Channel_" + g.Channel]}"));
            blocks.Add(new ReportParagraph(t["Register_Purpose", g.Purpose]));
            if (g.Charter.Purpose != g.Purpose)
            {
                blocks.Add(new ReportParagraph(t["Register_CharterPurpose", g.Charter.Number, g.Charter.Purpose]));
            }
            blocks.Add(new ReportParagraph(t["Register_Territory", g.Territory]));
            blocks.Add(new ReportParagraph(t["Register_LegalBasis", t["LegalBasis_" + g.Channel]]));
            blocks.Add(new ReportParagraph(t["Register_Status", t["GroupStatus_" + g.Status], g.Charter.Number]));
        }
        blocks.Add(new ReportHeading(1, t["Register_DataCategories"]));
        foreach (var g in data.Groups)
        {
            blocks.Add(new ReportHeading(2, g.Name));
            blocks.Add(new ReportBullets(Categories(g)));
            blocks.Add(new ReportParagraph(t[g.Charter.NotesAllowed ? "Register_NotesAllowed" : "Register_NotesRefused"]));
        }
        blocks.Add(new ReportHeading(1, t["Register_PeopleCategories"]));
        blocks.Add(new ReportBullets([t["Register_PeopleFollowed"], t["Register_PeopleRepresentatives"], t["Register_PeopleMembers"]]));
        blocks.Add(new ReportHeading(1, t["Register_Recipients"]));
        blocks.Add(new ReportParagraph(t["Register_RecipientsText"]));
        foreach (var g in data.Groups)
        {
            blocks.Add(new ReportHeading(2, g.Name));
            blocks.Add(Recipients(g));
        }
        blocks.Add(new ReportHeading(1, t["Register_Retention"]));
        blocks.Add(new ReportBullets(data.Groups.Select(g => $"{g.Name} : {Retention(g)}").ToList()));
        blocks.Add(new ReportHeading(1, t["Register_Security"]));
        blocks.Add(new ReportBullets(SecurityMeasures(t)));
        blocks.Add(new ReportHeading(1, t["Register_Transfers"]));
        blocks.Add(new ReportParagraph(t["Register_TransfersNone"]));
        return new ReportDocument(t["Register_Title"], Subtitle(t, data), blocks);
    }

    public static string Subtitle(IStringLocalizer<GroupsText> t, RegisterData data) =>
        t["Register_Subtitle", data.Partnership, data.Today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"))];

    private string Presidents(RegisterData data) => data.Presidents.Count == 0 ? t["Register_NoPresident"] : string.Join(", ", data.Presidents);

    private List<string> Categories(ManagedGroupDto g) =>
        g.Charter.Categories.Select(c => c.IsSensitive() ? $"{t["Category_" + c]} ({t["Register_Sensitive"]})" : t["Category_" + c].Value).ToList();

    private string Retention(ManagedGroupDto g) => t["Register_RetentionText", g.Charter.ArchiveYears, ConfidentialLimits.DestroyAge];

    private ReportTable Recipients(ManagedGroupDto g) => new(
        [t["Member_Name"], t["Member_Institution"], t["Member_DesignatedAt"], t["Member_Signed"]],
        g.Members.Where(m => m.EndedAt is null).Select(m => (IReadOnlyList<string>)[m.Name, m.Institution ?? "—",
            ParisDay(m.DesignatedAt), m.SignedVersion is { } v ? t["Member_SignedVersion", v].Value : t["Member_NotSigned"].Value]).ToList());

    private static string ParisDay(DateTimeOffset at) => Platform.ParisTime.DateOf(at).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The measures in place, the same in the record and in the DPIA.</summary>
    public static List<string> SecurityMeasures(IStringLocalizer<GroupsText> t) =>
        [t["Security_Encryption"], t["Security_TwoFactor"], t["Security_Charter"], t["Security_Audit"], t["Security_Exports"], t["Security_Deletion"]];
}
