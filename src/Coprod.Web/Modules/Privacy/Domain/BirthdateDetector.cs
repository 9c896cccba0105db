using System.Text.RegularExpressions;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// Finds dates given as someone's birth date: "né le 12/03/2008", "née le 2 février 1985",
/// "(né 03.12.2005)", "date de naissance : 14/05/2011", "né en 2008". Dates of events are left alone.
/// </summary>
public static partial class BirthdateDetector
{
    public static void Find(string text, List<Finding> findings)
    {
        foreach (Match m in Birthdate().Matches(text))
        {
            var date = m.Groups["date"];
            findings.Add(new Finding(FindingKind.Birthdate, date.Index, date.Length, date.Value));
        }
    }

    private const string Date =
        @"(?:\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})(?!\d)|(?:1er|\d{1,2})\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4})";

    [GeneratedRegex(
        @"(?:\bn[ée]e?s?(?:\s?\(e\))?(?:\s+le)?\s+|\b(?:date\s+de\s+naissance|DDN|naissance)\s*:?\s*(?:le\s+)?)(?<date>" + Date + @")|\bn[ée]e?s?(?:\s?\(e\))?\s+en\s+(?<date>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Birthdate();
}
