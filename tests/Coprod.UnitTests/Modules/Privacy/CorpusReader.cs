using System.Text;
using System.Text.RegularExpressions;
using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>
/// Reads the labelled corpus: one text a line, personal data marked inline as
/// <c>[[kind|text]]</c>; lines starting with <c>#</c> are comments.
/// </summary>
public static partial class CorpusReader
{
    public sealed record Sample(int Line, string Text, IReadOnlyList<Finding> Expected);

    /// <summary>The corpus the detectors were tuned on.</summary>
    public const string Tuning = "corpus-fr.txt";

    /// <summary>A second corpus, written blind (without seeing the detectors) and measured before any tuning on it.</summary>
    public const string HeldOut = "corpus-fr-heldout.txt";

    /// <summary>A third corpus, written blind after the tuning, never tuned on: the honest measure of how the scanner generalises.</summary>
    public const string Blind = "corpus-fr-blind.txt";

    public static IReadOnlyList<Sample> Read(string file = Tuning)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Modules", "Privacy", "Corpus", file);
        return File.ReadLines(path)
            .Select((line, index) => (line, index))
            .Where(l => l.line.Length > 0 && !l.line.StartsWith('#'))
            .Select(l => Parse(l.index + 1, l.line))
            .ToList();
    }

    public static Sample Parse(int lineNumber, string line)
    {
        var text = new StringBuilder();
        var spans = new List<Finding>();
        var last = 0;
        foreach (Match m in Markup().Matches(line))
        {
            text.Append(line, last, m.Index - last);
            var kind = Enum.Parse<FindingKind>(m.Groups["kind"].Value, ignoreCase: true);
            spans.Add(new Finding(kind, text.Length, m.Groups["text"].Length, m.Groups["text"].Value));
            text.Append(m.Groups["text"].Value);
            last = m.Index + m.Length;
        }
        text.Append(line, last, line.Length - last);
        return new Sample(lineNumber, text.ToString(), spans);
    }

    [GeneratedRegex(@"\[\[(?<kind>[a-z]+)\|(?<text>[^\]]+)\]\]")]
    private static partial Regex Markup();
}
