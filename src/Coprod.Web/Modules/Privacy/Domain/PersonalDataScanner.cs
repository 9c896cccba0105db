using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// The personal-data detector of PRIV-1, as one service: every finding in a text, by kind and
/// character offset, overlaps resolved (fixed-shape identifiers first, then addresses, birth
/// dates and names). Thread-safe; registered as a singleton. Measured on the labelled corpus of
/// <c>tests/Coprod.UnitTests/Modules/Privacy/Corpus</c>.
/// </summary>
public sealed class PersonalDataScanner(NameLexicon lexicon)
{
    /// <summary>The longest text the scanner accepts in one call (64 KiB of characters).</summary>
    public const int MaxTextLength = 65_536;

    /// <summary>The scanner with the lexicon shipped with Coprod and the communes of <paramref name="geography"/>.</summary>
    public PersonalDataScanner(IGeography geography) : this(NameLexicon.LoadEmbedded(geography.Communes.Select(c => c.Name)))
    {
    }

    /// <summary>Every personal-data finding in <paramref name="text"/>, in order of position.</summary>
    public IReadOnlyList<Finding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new FindingSet(text.Length);
        StructuredDetectors.AddTo(findings, text);
        var tokens = TextTokens.Split(text);
        var persons = new List<Finding>();
        PersonDetector.Find(text, tokens, lexicon, persons);
        var others = new List<Finding>();
        AddressDetector.Find(text, persons, others);
        BirthdateDetector.Find(text, others);
        foreach (var candidate in others.Concat(persons))
        {
            findings.TryAdd(candidate);
        }
        return findings.ToSortedList();
    }
}
