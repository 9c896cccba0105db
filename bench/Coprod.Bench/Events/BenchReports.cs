using System.Text.Json;

namespace Coprod.Bench.Events;

/// <summary>
/// The reports the runs send: seeded points over Grenoble given with their commune, a category, a
/// severity, a short anonymous description and an <c>externalReference</c> that names the report
/// (<c>prefix-sequence</c>), by which hub clients match what they receive to when it was sent.
/// Bodies are serialised before any timing starts.
/// </summary>
internal static class BenchReports
{
    private static readonly string[] Descriptions =
    [
        "Regroupement bruyant devant le hall, musique forte.",
        "Trois motos tournent autour du parking depuis une heure.",
        "Poubelles incendiées au pied de la tour, pompiers sur place.",
        "Vitres de l'abribus brisées pendant la nuit.",
    ];

    /// <summary>One report as the API takes it (an <c>EventInput</c>).</summary>
    public static Dictionary<string, object?> Report(string prefix, int sequence, string category)
    {
        var random = new Random(HashCode.Combine(prefix.Length, sequence));
        return new Dictionary<string, object?>
        {
            ["category"] = category,
            ["occurredAt"] = DateTimeOffset.UtcNow.AddMinutes(-5 - sequence % 600),
            ["severity"] = sequence % 3 == 0 ? "Grave" : "Moyenne",
            ["description"] = Descriptions[sequence % Descriptions.Length],
            ["latitude"] = Math.Round(45.165 + random.NextDouble() * 0.04, 6),
            ["longitude"] = Math.Round(5.690 + random.NextDouble() * 0.06, 6),
            ["commune"] = BenchWorld.Commune,
            ["externalReference"] = Reference(prefix, sequence),
        };
    }

    public static string Reference(string prefix, int sequence) => $"{prefix}-{sequence}";

    /// <summary>The sequence number of a reference of this prefix, or -1.</summary>
    public static int SequenceOf(string? reference, string prefix) =>
        reference is not null && reference.Length > prefix.Length + 1 && reference.StartsWith(prefix, StringComparison.Ordinal) && reference[prefix.Length] == '-'
        && int.TryParse(reference.AsSpan(prefix.Length + 1), out var sequence) ? sequence : -1;

    /// <summary>The body of <c>POST …/events</c>.</summary>
    public static byte[] Single(string prefix, int sequence, string category) => JsonSerializer.SerializeToUtf8Bytes(Report(prefix, sequence, category));

    /// <summary>The body of <c>POST …/events/batch</c> with <paramref name="count"/> reports.</summary>
    public static byte[] Batch(string prefix, int count, Func<int, string> category) =>
        JsonSerializer.SerializeToUtf8Bytes(new { events = Enumerable.Range(0, count).Select(i => Report(prefix, i, category(i))) });
}
