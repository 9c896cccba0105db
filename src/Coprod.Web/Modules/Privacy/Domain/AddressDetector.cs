using System.Text.RegularExpressions;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// Finds precise home addresses: a number and a street ("12 rue des Lilas") with the flat
/// details that may follow ("bât. C, appt 34", "3e étage", "escalier B"), or the flat details
/// alone. A street address without flat details is a home address only when the text around it
/// ties it to someone (a name, or "habite", "domicilié", "chez"…): "le hall du 14 rue Victor
/// Hugo" in an event report is a place, not a home.
/// </summary>
public static partial class AddressDetector
{
    private const int WindowBefore = 160;
    private const int WindowAfter = 80;

    public static void Find(string text, IReadOnlyList<Finding> persons, List<Finding> findings)
    {
        foreach (Match m in StreetAddress().Matches(text))
        {
            var hasFlat = m.Groups["flat"].Length > 0 || m.Groups["place"].Length > 0;
            if (hasFlat || TiedToSomeone(text, m.Index, m.Index + m.Length, persons))
            {
                findings.Add(new Finding(FindingKind.Address, m.Index, m.Length, m.Value));
            }
        }
        // Flat details inside a street address found above are dropped when the findings are merged.
        foreach (Match m in FlatOnly().Matches(text))
        {
            findings.Add(new Finding(FindingKind.Address, m.Index, m.Length, m.Value));
        }
    }

    private static bool TiedToSomeone(string text, int start, int end, IReadOnlyList<Finding> persons)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        var lineEnd = text.IndexOf('\n', end);
        var from = Math.Max(lineStart, start - WindowBefore);
        var to = Math.Min(lineEnd < 0 ? text.Length : lineEnd, end + WindowAfter);
        return PersonWithin(persons, from, to) || ResidenceCue().IsMatch(text.AsSpan(from, to - from));
    }

    // Persons are in order of position and never overlap: a binary search finds the first one ending after from.
    private static bool PersonWithin(IReadOnlyList<Finding> persons, int from, int to)
    {
        int low = 0, high = persons.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (persons[mid].Start + persons[mid].Length <= from)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low < persons.Count && persons[low].Start < to;
    }

    private const string Flat =
        @"(?i:b[âa]t(?:iment)?\.?\s*[A-Z0-9]{1,3}\b|esc(?:alier)?\.?\s*[A-Z0-9]{1,2}\b|app(?:artemen)?t\.?\s*(?:n°\s*)?\d{1,4}\b|apt\.?\s*\d{1,4}\b|porte\s*\d{1,4}\b|\d{1,2}\s*(?:e|er|ème|eme)(?:\s*[ée]tage)?(?:\s+(?:porte\s+)?(?:gauche|droite|face|fond))?\b|porte\s+(?:gauche|droite))";

    private const string Street =
        @"(?i:rue|avenue|av\.|bd|boulevard|all[ée]e|impasse|chemin|place|square|quai|cours|route|passage|voie|lotissement|cit[ée]|mont[ée]e|sentier|rond-point|faubourg|hameau|villa|promenade|esplanade|traverse|galerie|sq\.)";

    private const string Name =
        @"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?[\p{L}\d][\p{L}\-'’]*(?:\s+(?:(?:de|du|des|la|le|les|et|d['’]|l['’])\s*)?\p{Lu}[\p{L}\-'’]*)*";

    [GeneratedRegex(
        @"(?:(?i:lieu-dit)\s+\p{Lu}[\p{L}\-'’]*(?:\s+\p{Lu}[\p{L}\-'’]*)*,\s*)?(?<!\d)\d{1,4}(?:\s?(?:bis|ter|quater)\b)?,?\s+" + Street + @"\s+" + Name
        + @"(?<flat>(?:\s*,?\s*" + Flat + @")*)(?<place>\s*,\s*(?i:r[ée]sidence)\s+\p{Lu}[\p{L}\-'’]*(?:\s+\p{Lu}[\p{L}\-'’]*)*(?:\s*,?\s*" + Flat + @")*)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddress();

    // "bât. C, appt 34", "bâtiment D, appartement 32", "escalier B, porte 12".
    [GeneratedRegex(
        @"(?:(?i:r[ée]sidence)\s+\p{Lu}[\p{L}\-'’]*(?:\s+\p{Lu}[\p{L}\-'’]*)*\s*,\s*)?(?i:(?:b[âa]t(?:iment)?\.?|esc(?:alier)?\.?)\s*[A-Z0-9]{1,3}\s*,?\s*(?:app(?:artemen)?t\.?|apt\.?|porte)\s*(?:n°\s*)?\d{1,4}\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex FlatOnly();

    [GeneratedRegex(
        @"\b(?:habit\w*|j['’]habite|domicili\w*|r[ée]sid\w*|demeur\w*|vit|vivent|vivant|h[ée]berg\w*|chez|locataire|requ[ée]rante?|adresse|cambriol\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResidenceCue();
}
