using Coprod.Web.Modules.Privacy.Domain;

namespace Coprod.UnitTests.Modules.Privacy;

/// <summary>
/// PRIV-1, measured: precision and recall of the scanner on the labelled French corpus, per kind
/// and overall. A finding counts as right only when its kind, start and length are exactly
/// those of a labelled span.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(CorpusReader.Tuning)]
    [InlineData(CorpusReader.HeldOut)]
    [InlineData(CorpusReader.Blind)]
    public void Corpus_IsLargeEnoughAndAThirdTraps(string file)
    {
        var samples = CorpusReader.Read(file);
        Assert.True(samples.Count >= (file == CorpusReader.Tuning ? 400 : 200), $"{samples.Count} samples");
        Assert.True(samples.Count(s => s.Expected.Count == 0) >= samples.Count / 3);
        Assert.All(samples.SelectMany(s => s.Expected.Select(e => (s, e))), x => Assert.Equal(x.e.Text, x.s.Text.Substring(x.e.Start, x.e.Length)));
        Assert.All(Enum.GetValues<FindingKind>(), kind => Assert.Contains(samples, s => s.Expected.Any(e => e.Kind == kind)));
    }

    [Theory]
    [InlineData(CorpusReader.Tuning)]
    [InlineData(CorpusReader.HeldOut)]
    [InlineData(CorpusReader.Blind)]
    public void Scanner_ReachesPrecisionAndRecallOf95PercentOverall(string file)
    {
        var samples = CorpusReader.Read(file);
        var counts = Enum.GetValues<FindingKind>().ToDictionary(k => k, _ => new Counts());
        foreach (var sample in samples)
        {
            var found = TestScanner.Scan(sample.Text).Select(f => (f.Kind, f.Start, f.Length)).ToHashSet();
            var expected = sample.Expected.Select(e => (e.Kind, e.Start, e.Length)).ToHashSet();
            foreach (var f in found)
            {
                if (expected.Contains(f))
                {
                    counts[f.Kind].TruePositives++;
                }
                else
                {
                    counts[f.Kind].FalsePositives++;
                    output.WriteLine($"false {f.Kind} line {sample.Line}: «{sample.Text.Substring(f.Start, f.Length)}»");
                }
            }
            foreach (var e in expected.Where(e => !found.Contains(e)))
            {
                counts[e.Kind].FalseNegatives++;
                output.WriteLine($"missed {e.Kind} line {sample.Line}: «{sample.Text.Substring(e.Start, e.Length)}»");
            }
        }
        foreach (var (kind, c) in counts)
        {
            output.WriteLine($"{kind,-10} precision {c.Precision:P1}  recall {c.Recall:P1}  ({c.TruePositives} found, {c.FalsePositives} false, {c.FalseNegatives} missed)");
        }
        var all = new Counts
        {
            TruePositives = counts.Values.Sum(c => c.TruePositives),
            FalsePositives = counts.Values.Sum(c => c.FalsePositives),
            FalseNegatives = counts.Values.Sum(c => c.FalseNegatives),
        };
        output.WriteLine($"overall    precision {all.Precision:P1}  recall {all.Recall:P1}  ({all.TruePositives} found, {all.FalsePositives} false, {all.FalseNegatives} missed)");
        Assert.True(all.Precision >= 0.95 && all.Recall >= 0.95, $"precision {all.Precision:P1}, recall {all.Recall:P1}");
        Assert.All(counts, c => Assert.True(c.Value.Precision >= 0.9 && c.Value.Recall >= 0.9, $"{c.Key}: precision {c.Value.Precision:P1}, recall {c.Value.Recall:P1}"));
    }

    private sealed class Counts
    {
        public int TruePositives { get; set; }
        public int FalsePositives { get; set; }
        public int FalseNegatives { get; set; }
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }
}
