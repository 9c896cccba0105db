using System.IO.Compression;

namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>What the lexicon knows about a word.</summary>
[Flags]
public enum NameFlags
{
    None = 0,
    FirstName = 1,
    LastName = 2,

    /// <summary>Also an ordinary French word ("Rose", "Claire", "Pierre"): needs more evidence.</summary>
    Word = 4,
}

/// <summary>
/// First names, last names, famous namesakes of streets and schools, and commune names, all
/// normalised (<see cref="TextTokens.Normalize"/>). Built once; lookups are thread-safe.
/// Sources and refresh: <c>Modules/Privacy/Data/README.md</c>.
/// </summary>
public sealed class NameLexicon
{
    private readonly Dictionary<string, NameFlags> _names;
    private readonly HashSet<string> _famous;
    private readonly HashSet<string> _communes;

    public NameLexicon(IReadOnlyDictionary<string, NameFlags> names, IEnumerable<string> famous, IEnumerable<string> communes)
    {
        _names = new Dictionary<string, NameFlags>(names, StringComparer.Ordinal);
        _famous = famous.Select(NormalizePhrase).ToHashSet(StringComparer.Ordinal);
        _communes = communes.Select(NormalizePhrase).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped with Coprod, with the given commune names.</summary>
    public static NameLexicon LoadEmbedded(IEnumerable<string> communeNames) =>
        new(ReadNames(), ReadLines("Coprod.Privacy.famous-names.txt"), communeNames);

    /// <summary>Flags of one normalised word; a hyphenated first name ("Jean-Baptiste") is a first name when all its parts are.</summary>
    public NameFlags Lookup(string norm)
    {
        if (_names.TryGetValue(norm, out var flags))
        {
            return flags;
        }
        if (norm.Contains('-', StringComparison.Ordinal) && !norm.StartsWith("saint", StringComparison.Ordinal))
        {
            var parts = norm.Split('-');
            if (parts.All(p => _names.TryGetValue(p, out var f) && f.HasFlag(NameFlags.FirstName)))
            {
                return NameFlags.FirstName;
            }
        }
        return NameFlags.None;
    }

    /// <summary>Whether the words (normalised, space-separated) are the name of a famous namesake ("jean moulin").</summary>
    public bool IsFamous(string phrase) => _famous.Contains(phrase);

    /// <summary>Whether the words (normalised, space-separated) are a commune's name ("fontaine", "saint-martin-d'heres").</summary>
    public bool IsCommune(string phrase) => _communes.Contains(phrase);

    /// <summary>Normalised words as one phrase, as the lexicon keys them: "jeanne d'arc", "saint-martin-d'heres".</summary>
    public static string Phrase(IEnumerable<string> norms) => string.Join(' ', norms).Replace("' ", "'", StringComparison.Ordinal);

    private static string NormalizePhrase(string phrase) => Phrase(TextTokens.Split(phrase).Select(t => t.Norm));

    private static Dictionary<string, NameFlags> ReadNames()
    {
        using var stream = Open("Coprod.Privacy.lexicon.tsv.gz");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var names = new Dictionary<string, NameFlags>(32_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }
            var flags = NameFlags.None;
            foreach (var c in line.AsSpan(tab + 1))
            {
                flags |= c switch { 'F' => NameFlags.FirstName, 'L' => NameFlags.LastName, 'W' => NameFlags.Word, _ => NameFlags.None };
            }
            names[line[..tab]] = flags;
        }
        return names;
    }

    private static IEnumerable<string> ReadLines(string resource)
    {
        using var reader = new StreamReader(Open(resource));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line.Trim());
            }
        }
        return lines;
    }

    private static Stream Open(string resource) =>
        typeof(NameLexicon).Assembly.GetManifestResourceStream(resource)
        ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
}
