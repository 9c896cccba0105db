using Coprod.Web.Platform;
using Coprod.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>A case as a document (export and print), and the watermark that names its reader (CONF-5).</summary>
public static class CaseDocument
{
    /// <summary>« Document confidentiel — consulté par … le … — toute divulgation est interdite (art. 226-13 du code pénal) ».</summary>
    public static string Watermark(IStringLocalizer<CasesText> t, string readerName, DateTimeOffset at) =>
        t["Watermark", readerName, ParisTime.ToParis(at).ToString("dd/MM/yyyy HH:mm")];

    /// <summary>The label of an enum value in the interface language (key <c>{EnumType}_{Value}</c> in CasesText).</summary>
    public static string Name<TEnum>(this IStringLocalizer<CasesText> t, TEnum value) where TEnum : struct, Enum => t[$"{typeof(TEnum).Name}_{value}"];

    public static ReportDocument Build(CaseDto c, string watermark, IStringLocalizer<CasesText> t)
    {
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(t["Doc_Summary", c.OpenedOn.ToString("dd/MM/yyyy"), t.Name(c.Origin), c.ReferentName]),
            new ReportHeading(1, t["Case_Persons"]),
            new ReportTable([t["Person_Role"], t["Person_LastName"], t["Person_FirstName"], t["Person_BirthDate"], t["Person_Address"]],
                c.Record.Persons.Select(p => (IReadOnlyList<string>)[t.Name(p.Role), p.LastName, p.FirstName, p.BirthDate?.ToString("dd/MM/yyyy") ?? "—", p.Address ?? "—"])
                    .ToList()),
            new ReportHeading(1, t["Case_Situation"]),
            new ReportParagraph(c.Record.SituationDetail is { } detail ? $"{t.Name(c.Record.Situation)} — {detail}" : t.Name(c.Record.Situation)),
            new ReportHeading(1, t["Case_Entries"]),
        };
        if (c.Entries.Count == 0)
        {
            blocks.Add(new ReportParagraph(t["Entries_None"]));
        }
        foreach (var e in c.Entries)
        {
            blocks.Add(new ReportHeading(3, $"{ParisTime.ToParis(e.CreatedAt):dd/MM/yyyy HH:mm} · {t.Name(e.Kind)} · {t.Name(e.Category)} · {e.AuthorName}"));
            blocks.Add(new ReportParagraph(string.Join("\n", Lines(e, t))));
        }
        return new ReportDocument(t["Doc_Title", c.Reference], c.GroupName, blocks, watermark);
    }

    /// <summary>The entry's content as lines of text (the page shows the same).</summary>
    public static IEnumerable<string> Lines(EntryDto e, IStringLocalizer<CasesText> t)
    {
        var x = e.Content;
        if (x.Text.Length > 0)
        {
            yield return x.Text;
        }
        if (x.StartsOn is { } starts)
        {
            yield return x.EndsOn is { } ends ? t["Entry_Period", starts.ToString("dd/MM/yyyy"), ends.ToString("dd/MM/yyyy")] : t["Entry_Since", starts.ToString("dd/MM/yyyy")];
        }
        if (x.Result is { } result)
        {
            yield return t["Entry_ResultLine", result];
        }
        if (x.InformedOn is { } informed)
        {
            yield return t["Entry_InformedLine", informed.ToString("dd/MM/yyyy"), e.InformedByName ?? "—", x.How is { } how ? t.Name(how) : "—"];
        }
        if (x.Justification is { } justification)
        {
            yield return t["Entry_JustificationLine", justification];
        }
    }
}
