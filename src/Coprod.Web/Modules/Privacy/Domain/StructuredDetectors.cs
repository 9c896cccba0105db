using System.Text.RegularExpressions;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// Detectors for the personal data that has a fixed shape: French phone numbers, e-mail
/// addresses, licence plates (SIV and the older FNI), social security numbers (NIR, with their
/// key checked) and IBANs (ISO 13616 check). Person names, addresses and birth dates need
/// context and are detected elsewhere.
/// </summary>
public static partial class StructuredDetectors
{
    /// <summary>Every structured finding in <paramref name="text"/>, in order of position.</summary>
    public static IReadOnlyList<Finding> Find(string text)
    {
        var findings = new FindingSet(text.Length);
        AddTo(findings, text);
        return findings.ToSortedList();
    }

    /// <summary>Adds the structured findings of <paramref name="text"/> to <paramref name="findings"/>, first come first kept.</summary>
    public static void AddTo(FindingSet findings, string text)
    {
        Add(findings, text, FindingKind.Email, EmailPattern(), null);
        Add(findings, text, FindingKind.Iban, IbanPattern(), Checks.IsValidIban);
        Add(findings, text, FindingKind.Nir, NirPattern(), Checks.IsValidNir);
        Add(findings, text, FindingKind.Phone, PhonePattern(), null, PublicLine);
        Add(findings, text, FindingKind.Plate, SivPlatePattern(), null);
        Add(findings, text, FindingKind.Plate, FniPlatePattern(), null);
    }

    private static void Add(FindingSet findings, string text, FindingKind kind, Regex pattern, Func<string, bool>? check, Func<string, Match, bool>? exempt = null)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if ((check is null || check(match.Value)) && (exempt is null || !exempt(text, match)))
            {
                findings.TryAdd(new Finding(kind, match.Index, match.Length, match.Value));
            }
        }
    }

    // A landline presented as a public switchboard ("l'accueil de la mairie reste joignable au 04 76…") is no personal data.
    private static bool PublicLine(string text, Match phone)
    {
        var digits = phone.Value.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var mobile = digits[^9] is '6' or '7';
        var from = Math.Max(0, phone.Index - 60);
        return !mobile && PublicService().IsMatch(text.AsSpan(from, phone.Index - from));
    }

    [GeneratedRegex(@"\b(?:standard|accueil|num[ée]ro (?:vert|unique|d'accueil)|h[ôo]tel de ville|service public)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicService();

    // 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, +33 (0)6…, 0033 6…
    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?|0)[1-9](?:[ .\-]?\d{2}){4}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![\w.%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // SIV since 2009: AB-123-CD (letters I, O and U are never used).
    [GeneratedRegex(@"\b[A-HJ-NP-TV-Z]{2}[ \-]?\d{3}[ \-]?[A-HJ-NP-TV-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SivPlatePattern();

    // FNI before 2009: 1234 AB 38 (number, letters, département).
    [GeneratedRegex(@"\b\d{1,4} ?[A-Z]{1,3} ?(?:0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])\b", RegexOptions.CultureInvariant)]
    private static partial Regex FniPlatePattern();

    // Sex, year, month, département (or 2A/2B), commune, order, key: 15 characters, spaces allowed.
    [GeneratedRegex(@"(?<!\d)[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NirPattern();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IbanPattern();
}
