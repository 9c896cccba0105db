namespace Coprod.Bench.EndToEnd;

/// <summary>
/// The closing table of an end-to-end run: each measured figure next to its baseline from the same
/// run, their ratio, the target and PASS or FAIL. Printed as Markdown so it can be pasted as is.
/// </summary>
internal sealed class ResultTable(string title)
{
    private readonly List<string[]> _rows = [];

    public bool AllPass { get; private set; } = true;

    /// <summary>A row with a target: <paramref name="pass"/> decides PASS or FAIL; a null <paramref name="ratio"/> for an absolute target.</summary>
    public void Add(string measure, string value, string baseline, double? ratio, string target, bool pass)
    {
        AllPass &= pass;
        var shown = ratio is { } r ? r.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "";
        _rows.Add([measure, value, baseline, shown, target, pass ? "PASS" : "FAIL"]);
    }

    /// <summary>A figure reported for information, without a target.</summary>
    public void Note(string measure, string value) => _rows.Add([measure, value, "", "", "", ""]);

    public void Print(TextWriter output)
    {
        string[] header = ["measure", "Coprod", "baseline (same run)", "ratio", "target", "result"];
        var widths = header.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        output.WriteLine(Line(header));
        output.WriteLine("| " + string.Join(" | ", widths.Select(w => new string('-', w))) + " |");
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row));
        }
        output.WriteLine();
    }
}
