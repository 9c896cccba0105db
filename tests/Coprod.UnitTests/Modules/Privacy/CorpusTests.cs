using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>
/// PRIV-1, measured: precision and recall of the detectors on the labelled French corpus. A
/// finding counts as right when its kind, start and length are exactly those of a labelled span.
/// The structured kinds are measured now; person, address and birthdate join when their
/// detectors exist (issue 3).
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly FindingKind[] Structured = [FindingKind.Phone, FindingKind.Email, FindingKind.Plate, FindingKind.Nir, FindingKind.Iban];

    [Fact]
    public void Corpus_IsLargeEnoughAndHalfTraps()
    {
        var samples = CorpusReader.Read();
        Assert.True(samples.Count >= 400, $"{samples.Count} samples");
        Assert.True(samples.Count(s => s.Expected.Count == 0) >= samples.Count / 3);
        Assert.All(samples.SelectMany(s => s.Expected.Select(e => (s, e))), x => Assert.Equal(x.e.Text, x.s.Text.Substring(x.e.Start, x.e.Length)));
    }

    [Fact]
    public void StructuredDetectors_ReachPrecisionAndRecallOf95Percent()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var kind in Structured)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var sample in CorpusReader.Read())
            {
                var expected = sample.Expected.Where(e => e.Kind == kind).Select(e => (e.Start, e.Length)).ToHashSet();
                var found = StructuredDetectors.Find(sample.Text).Where(f => f.Kind == kind).Select(f => (f.Start, f.Length)).ToHashSet();
                tp += found.Count(expected.Contains);
                fp += found.Count(f => !expected.Contains(f));
                fn += expected.Count(e => !found.Contains(e));
                foreach (var miss in expected.Where(e => !found.Contains(e)))
                {
                    output.WriteLine($"missed {kind} line {sample.Line}: «{sample.Text.Substring(miss.Start, miss.Length)}»");
                }
                foreach (var extra in found.Where(f => !expected.Contains(f)))
                {
                    output.WriteLine($"false {kind} line {sample.Line}: «{sample.Text.Substring(extra.Start, extra.Length)}»");
                }
            }
            output.WriteLine($"{kind}: precision {Ratio(tp, tp + fp):P1}, recall {Ratio(tp, tp + fn):P1} ({tp} found, {fp} false, {fn} missed)");
            truePositives += tp;
            falsePositives += fp;
            falseNegatives += fn;
        }
        var precision = Ratio(truePositives, truePositives + falsePositives);
        var recall = Ratio(truePositives, truePositives + falseNegatives);
        output.WriteLine($"structured kinds overall: precision {precision:P1}, recall {recall:P1}");
        Assert.True(precision >= 0.95 && recall >= 0.95, $"precision {precision:P1}, recall {recall:P1}");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
