using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Bench.Territory;

/// <summary>
/// Cost of <see cref="IGeography.SearchCommunes"/> (the <see cref="EmbeddedGeography"/> singleton and
/// its <see cref="CommuneSearchIndex"/>, about 35,000 communes) for a few realistic queries, against
/// the naive search: a linear scan over every commune, folding each name on the fly (accents stripped,
/// lower case, hyphens and apostrophes as spaces) and testing it with <see cref="string.Contains(string, StringComparison)"/>.
/// The baseline also tests the INSEE and postal codes with Contains, so "38400" finds something, and
/// scans to the end like the index does (ranking needs every match), then keeps the first 20 unranked.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CommuneSearchBenchmarks
{
    private const int Limit = 20;

    private IGeography _geography = null!;
    private IReadOnlyList<Commune> _communes = [];

    [Params("echirolles", "saint martin", "38400", "gren")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var content = GeographyFile.ReadEmbedded();
        _communes = content.Communes;
        _geography = new EmbeddedGeography(() => content);
        // Builds the index now (it is lazy), outside the measurement.
        var found = _geography.SearchCommunes(Query, Limit);
        Console.WriteLine($"// {_communes.Count} communes; '{Query}': index {found.Count} ({string.Join(", ", found.Take(3).Select(c => c.Name))}), naive {Scan().Count}");
    }

    /// <summary>Linear scan, each name folded on the fly, Contains.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveContains() => Scan().Count;

    /// <summary>The module's ranked search.</summary>
    [Benchmark]
    public int SearchCommunes() => _geography.SearchCommunes(Query, Limit).Count;

    private List<Commune> Scan()
    {
        var query = Fold(Query);
        var matches = new List<Commune>();
        foreach (var commune in _communes)
        {
            if (Fold(commune.Name).Contains(query, StringComparison.Ordinal)
                || commune.Insee.Contains(query, StringComparison.Ordinal)
                || commune.PostalCodes.Any(p => p.Contains(query, StringComparison.Ordinal)))
            {
                matches.Add(commune);
            }
        }
        return matches.Count > Limit ? matches.GetRange(0, Limit) : matches;
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c is '-' or '\'' or '’' ? ' ' : char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
