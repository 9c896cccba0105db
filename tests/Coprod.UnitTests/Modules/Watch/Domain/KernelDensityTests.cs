using Coprod.Web.Modules.Watch.Domain;
using NetTopologySuite.Geometries;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class KernelDensityTests
{
    private const double Cell = 50, Bandwidth = 500;

    // About 1.7 × 1.7 km around the point: the kernel's 1 km disc fits with room to spare.
    private static readonly Polygon Box = WatchSamples.Box(WatchSamples.Grenoble, 850, 850);

    private static readonly WatchPoint Point = new(WatchSamples.Grenoble.Longitude, WatchSamples.Grenoble.Latitude);

    private static DensityResult Run(IReadOnlyList<WatchPoint> points, Geometry? boundary = null, double cell = Cell, double bandwidth = Bandwidth) =>
        KernelDensity.Run(points, new DensityOptions(cell, bandwidth, boundary));

    [Fact]
    public void Run_OnePoint_SpreadsOneEventOverTheGrid()
    {
        var result = Run([Point], Box);
        var cellKm2 = Cell * Cell / 1e6;
        var total = result.Cells.Sum(c => c.Density * cellKm2);
        Assert.InRange(total, 0.98, 1.02);
        Assert.InRange(total, 0.999, 1.001); // on 50 m cells the sum over centres is much closer still
    }

    [Fact]
    public void Run_OnePoint_IsSymmetricAboutIt()
    {
        var result = Run([Point], Box);
        // The box is centred on the point, so the point is the plane's origin: a corner shared by four cells.
        var (ci, cj) = ((int)Math.Round(-result.Grid.WestMetres / Cell), (int)Math.Round(-result.Grid.SouthMetres / Cell));
        var density = result.Cells.ToDictionary(c => (c.Column - ci, c.Row - cj), c => c.Density);
        var compared = 0;
        foreach (var ((a, b), value) in density)
        {
            foreach (var mirror in new[] { (-1 - a, b), (a, -1 - b), (b, a), (-1 - b, -1 - a) })
            {
                if (density.TryGetValue(mirror, out var other))
                {
                    Assert.Equal(value, other, 1e-9 * Math.Max(value, 1));
                    compared++;
                }
            }
        }
        Assert.True(compared > 3 * density.Count);
    }

    [Fact]
    public void Run_OnePoint_GivesTheQuarticKernelAtEachCentre()
    {
        var result = Run([Point], Box);
        var projection = new LocalProjection(result.Grid.Centre);
        var (px, py) = projection.Forward(Point.Longitude, Point.Latitude);
        foreach (var cell in result.Cells)
        {
            var (x, y) = projection.Forward(cell.Centre.Longitude, cell.Centre.Latitude);
            var d2 = (x - px) * (x - px) + (y - py) * (y - py);
            // 3 / (π h²) · (1 − d²/h²)² per m², × 10⁶ per km²; 0 beyond h.
            var expected = d2 < Bandwidth * Bandwidth ? 1e6 * 3 / (Math.PI * Bandwidth * Bandwidth) * Math.Pow(1 - d2 / (Bandwidth * Bandwidth), 2) : 0;
            Assert.Equal(expected, cell.Density, 1e-9);
        }
        // The four cells around the point: d² = 25² + 25², 3/(π·0.25 km²) · (1 − 1,250/250,000)² = 3.7816… per km².
        Assert.Equal(4, result.Cells.Count(c => Math.Abs(c.Density - 12 / Math.PI * 0.995 * 0.995) < 1e-9));
    }

    [Fact]
    public void Run_Weights_ScaleTheDensityAndPointsAddUp()
    {
        var other = new WatchPoint(Point.Longitude + 0.003, Point.Latitude - 0.002);
        var single = Run([Point], Box).Cells;
        var heavy = Run([Point with { Weight = 2.5 }], Box).Cells;
        var second = Run([other], Box).Cells;
        var both = Run([Point, other], Box).Cells;
        for (var i = 0; i < single.Count; i++)
        {
            Assert.Equal(2.5 * single[i].Density, heavy[i].Density, 1e-9);
            Assert.Equal(single[i].Density + second[i].Density, both[i].Density, 1e-9);
        }
    }

    [Fact]
    public void Run_SamePointsInAnotherOrder_GivesAnIdenticalResult()
    {
        var points = WatchSamples.Scattered(3_000, seed: 13);
        var shuffled = points.ToArray();
        new Random(1).Shuffle(shuffled);
        var first = Run(points, cell: 100, bandwidth: 400);
        Assert.Equal(first.Cells, Run(shuffled, cell: 100, bandwidth: 400).Cells);
        Assert.Equal(3_000, first.Cells.Sum(c => c.Count));
    }

    [Fact]
    public void Run_PointsOutsideTheBoundary_AddNothing()
    {
        var far = new WatchPoint(Point.Longitude + 0.05, Point.Latitude);
        var result = Run([Point, far], Box);
        Assert.Equal((1, 1), (result.PointsUsed, result.PointsOutside));
        Assert.Equal(Run([Point], Box).Cells, result.Cells);
    }

    [Theory]
    [InlineData(49)]
    [InlineData(2_501)]
    public void Run_BandwidthOutOfRange_IsRefused(double bandwidth)
    {
        var refused = Assert.Throws<WatchGridException>(() => Run([Point], bandwidth: bandwidth));
        Assert.Equal(GridRefusal.BandwidthOutOfRange, refused.Refusal);
        Assert.Equal([50, 2_500, bandwidth], refused.Values);
    }

    [Fact]
    public void Run_CellSizeOutOfRange_IsRefusedBeforeTheBandwidth() =>
        Assert.Equal(GridRefusal.CellSizeOutOfRange, Assert.Throws<WatchGridException>(() => Run([Point], cell: 10, bandwidth: 5)).Refusal);
}
