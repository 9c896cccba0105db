using BenchmarkDotNet.Attributes;
using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Bench.Watch;

/// <summary>
/// Cost of a hotspot map (VEI-3) on 100,000 events over 20 × 20 km around Grenoble with 200 m cells
/// (101 × 101 cells): the grid alone (<see cref="AnalysisGrid.Build"/>: checking, sorting into the
/// canonical order, projecting and placing the points, corner lattice), Getis-Ord Gi* with the
/// default queen neighbourhood (<see cref="HotspotAnalysis.Run"/>, the whole result with cell
/// outlines) and the quartic kernel density with a 500 m bandwidth (<see cref="KernelDensity.Run"/>).
/// The baseline is the least any grid map has to do: one plain loop that projects each point with an
/// equirectangular approximation and counts it in its cell. The points are seeded: four fifths uniform,
/// one fifth in five clusters.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class HotspotBenchmarks
{
    private const double CentreLon = 5.724, CentreLat = 45.188, HalfSide = 10_000, Cell = 200, Bandwidth = 500;
    private const double MetresPerDegreeLat = 111_132;

    private static readonly double MetresPerDegreeLon = 111_320 * Math.Cos(CentreLat * Math.PI / 180);

    private WatchPoint[] _points = [];

    [Params(100_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260307);
        var clusters = Enumerable.Range(0, 5).Select(_ => (X: (random.NextDouble() - 0.5) * 16_000, Y: (random.NextDouble() - 0.5) * 16_000)).ToArray();
        _points = new WatchPoint[Points];
        for (var i = 0; i < Points; i++)
        {
            double x, y;
            if (i % 5 == 0)
            {
                var (cx, cy) = clusters[i / 5 % clusters.Length];
                (x, y) = (Math.Clamp(cx + Gaussian(random) * 300, -HalfSide, HalfSide), Math.Clamp(cy + Gaussian(random) * 300, -HalfSide, HalfSide));
            }
            else
            {
                (x, y) = ((random.NextDouble() * 2 - 1) * HalfSide, (random.NextDouble() * 2 - 1) * HalfSide);
            }
            _points[i] = new WatchPoint(CentreLon + x / MetresPerDegreeLon, CentreLat + y / MetresPerDegreeLat);
        }
        var hotspots = HotspotAnalysis.Run(_points, new HotspotOptions(Cell));
        Console.WriteLine($"// {hotspots.Grid.Columns} × {hotspots.Grid.Rows} cells, {hotspots.Cells.Count(c => c.Class == HotspotClass.Hot99)} hot at 99 %, binned {PlainBinning()}");
    }

    /// <summary>One loop: equirectangular projection and a count per cell.</summary>
    [Benchmark(Baseline = true)]
    public int PlainBinning()
    {
        const int Side = (int)(2 * HalfSide / Cell) + 1;
        var counts = new int[Side * Side];
        foreach (var p in _points)
        {
            var column = (int)(((p.Longitude - CentreLon) * MetresPerDegreeLon + HalfSide) / Cell);
            var row = (int)(((p.Latitude - CentreLat) * MetresPerDegreeLat + HalfSide) / Cell);
            counts[Math.Clamp(row, 0, Side - 1) * Side + Math.Clamp(column, 0, Side - 1)]++;
        }
        var occupied = 0;
        foreach (var count in counts)
        {
            occupied += count > 0 ? 1 : 0;
        }
        return occupied;
    }

    /// <summary>The grid with the points placed in it, before any statistic.</summary>
    [Benchmark]
    public int GridBuild() => AnalysisGrid.Build(_points, Cell, null).PointsInside;

    /// <summary>Getis-Ord Gi*, queen neighbourhood, every cell with its outline, p-value and class.</summary>
    [Benchmark]
    public int GiStar() => HotspotAnalysis.Run(_points, new HotspotOptions(Cell)).Cells.Count(c => c.Class != HotspotClass.NotSignificant);

    /// <summary>Quartic kernel density, 500 m bandwidth, every cell with its outline.</summary>
    [Benchmark]
    public int KernelDensity500m() => KernelDensity.Run(_points, new DensityOptions(Cell, Bandwidth)).Cells.Count(c => c.Density > 0);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
