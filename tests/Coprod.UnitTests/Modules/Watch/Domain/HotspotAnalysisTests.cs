using Coprod.Web.Modules.Watch.Domain;
using NetTopologySuite.Geometries;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class HotspotAnalysisTests
{
    private const double Cell = 200;

    private static HotspotResult Run(IReadOnlyList<WatchPoint> points, double cell = Cell, Geometry? boundary = null, double? band = null) =>
        HotspotAnalysis.Run(points, new HotspotOptions(cell, band, boundary));

    // Half sides of 1.7 cells: the grid lines every 200 m from the centre give 4 × 4 cells, all centres inside.
    private static readonly Polygon FourByFourBox = WatchSamples.Box(WatchSamples.Grenoble, 1.7 * Cell, 1.7 * Cell);

    [Fact]
    public void Run_HandComputedCounts_GivesTheHandComputedScores()
    {
        var empty = Run([], boundary: FourByFourBox);
        Assert.Equal((4, 4, 16), (empty.Grid.Columns, empty.Grid.Rows, empty.Cells.Count));
        int[][] counts = [[0, 2, 1, 0], [2, 6, 4, 1], [1, 3, 2, 0], [0, 0, 1, 0]]; // as in GetisOrdTests
        var result = Run(WatchSamples.AtCentres(empty.Cells, counts), boundary: FourByFourBox);

        Assert.Equal(counts.SelectMany(r => r), result.Cells.Select(c => c.Count));
        Assert.Equal((23, 0, 16), (result.PointsUsed, result.PointsOutside, result.AnalysedCells));
        Assert.Equal(1.4375, result.Mean, 1e-12);
        var centre = result.Cells.Single(c => c is { Column: 1, Row: 1 });
        Assert.Equal(2.3740365589893524, centre.Z, 1e-9);
        Assert.Equal(NormalDistribution.TwoSidedP(2.3740365589893524), centre.P, 1e-12);
        Assert.Equal(HotspotClass.Hot95, centre.Class);
        Assert.Equal(-0.9276839114401025, result.Cells.Single(c => c is { Column: 3, Row: 3 }).Z, 1e-9);
    }

    [Fact]
    public void Run_SamePointsInAnotherOrder_GivesAnIdenticalResult()
    {
        var points = WatchSamples.Scattered(3_000, seed: 7);
        var shuffled = points.ToArray();
        new Random(99).Shuffle(shuffled);
        var reversed = points.Reverse().ToArray();

        var first = Run(points);
        Assert.Equal(first.Cells, Run(shuffled).Cells);
        Assert.Equal(first.Cells, Run(reversed).Cells);
        Assert.Equal(first.Grid, Run(shuffled).Grid);
        Assert.Equal((first.Mean, first.StandardDeviation), (Run(shuffled).Mean, Run(shuffled).StandardDeviation));
    }

    [Fact]
    public void Run_ManyPointsCountedOnTwoThreads_InAnyOrder_GivesAnIdenticalResult()
    {
        // Over 200,000 points the counting is split in two halves on two threads.
        var points = WatchSamples.Scattered(250_001, seed: 11).Select(p => p with { Weight = 1 }).ToArray();
        var shuffled = points.ToArray();
        new Random(12).Shuffle(shuffled);

        var first = Run(points, cell: 100);
        var second = Run(shuffled, cell: 100);

        Assert.Equal(first.Grid, second.Grid);
        Assert.Equal(first.Cells, second.Cells);
        Assert.Equal(points.Length, first.Cells.Sum(c => c.Count));
    }

    [Fact]
    public void Run_Grid_IsTheSmallestWholeCellWindowAroundTheProjectedPoints()
    {
        var points = WatchSamples.Scattered(5_000, seed: 13);
        var result = Run(points, cell: 100);
        var projection = new LocalProjection(result.Grid.Centre);
        var projected = points.Select(p => projection.Forward(p.Longitude, p.Latitude)).ToArray();

        Assert.Equal(Math.Floor(projected.Min(p => p.X) / 100) * 100, result.Grid.WestMetres);
        Assert.Equal(Math.Floor(projected.Min(p => p.Y) / 100) * 100, result.Grid.SouthMetres);
        Assert.Equal(Math.Floor(projected.Max(p => p.X) / 100) * 100, result.Grid.WestMetres + (result.Grid.Columns - 1) * 100);
        Assert.Equal(Math.Floor(projected.Max(p => p.Y) / 100) * 100, result.Grid.SouthMetres + (result.Grid.Rows - 1) * 100);
    }

    [Fact]
    public void Run_Cluster_IsAHotSpotAndTheEmptyEdgesAreNot()
    {
        var result = Run(WatchSamples.Scattered(3_000, seed: 7));
        var hottest = result.Cells.MaxBy(c => c.Z)!;
        Assert.Equal(HotspotClass.Hot99, hottest.Class);
        Assert.True(Math.Abs(hottest.Centre.Longitude - WatchSamples.Grenoble.Longitude) < 0.002);
        Assert.True(Math.Abs(hottest.Centre.Latitude - WatchSamples.Grenoble.Latitude) < 0.002);
        Assert.Equal(3_000, result.Cells.Sum(c => c.Count));
        Assert.All(result.Cells, c => Assert.Equal(HotspotClasses.Of(c.Z, c.P), c.Class));
    }

    [Fact]
    public void Run_PointsMirroredEastWest_GiveMirroredScores()
    {
        var half = WatchSamples.Scattered(500, seed: 3);
        var lon = WatchSamples.Grenoble.Longitude;
        var points = half.SelectMany(p => new[] { p, p with { Longitude = 2 * lon - p.Longitude } }).ToArray();
        var result = Run(points);
        var byPlace = result.Cells.ToDictionary(c => (c.Column, c.Row));
        var columns = result.Grid.Columns;
        Assert.Equal(0, result.Grid.WestMetres + columns * Cell / 2, 1e-6);
        foreach (var cell in result.Cells)
        {
            var mirror = byPlace[(columns - 1 - cell.Column, cell.Row)];
            Assert.Equal(cell.Count, mirror.Count);
            Assert.Equal(cell.Z, mirror.Z, 1e-9);
        }
    }

    [Fact]
    public void Run_OnePoint_GivesOneCellThatIsNotSignificant()
    {
        var result = Run([new WatchPoint(5.72, 45.19)]);
        var cell = Assert.Single(result.Cells);
        Assert.Equal((1, 0.0, 1.0, HotspotClass.NotSignificant), (cell.Count, cell.Z, cell.P, cell.Class));
    }

    [Fact]
    public void Run_SameCountInEveryCell_GivesZeroEverywhere()
    {
        var box = WatchSamples.Box(WatchSamples.Grenoble, 5.7 * Cell, 3.7 * Cell);
        var empty = Run([], boundary: box);
        Assert.Equal((12, 8), (empty.Grid.Columns, empty.Grid.Rows));
        var one = Enumerable.Repeat(Enumerable.Repeat(1, empty.Grid.Columns).ToArray(), empty.Grid.Rows).ToArray();
        var result = Run(WatchSamples.AtCentres(empty.Cells, one), boundary: box);
        Assert.All(result.Cells, c => Assert.Equal((1, 0.0, HotspotClass.NotSignificant), (c.Count, c.Z, c.Class)));
        Assert.Equal(0, result.StandardDeviation);
    }

    [Fact]
    public void Run_NoPointsInABoundary_GivesZeroEverywhere()
    {
        var result = Run([], boundary: FourByFourBox);
        Assert.All(result.Cells, c => Assert.Equal((0, 0.0, 1.0), (c.Count, c.Z, c.P)));
    }

    [Fact]
    public void Run_Boundary_AnalysesOnlyTheCellsTouchingItAndLeavesOutsidePointsOut()
    {
        // A triangle: about half of its bounding box's cells are outside it.
        var g = WatchSamples.Grenoble;
        var triangle = WatchSamples.Factory.CreatePolygon([new(g.Longitude - 0.02, g.Latitude - 0.015), new(g.Longitude + 0.02, g.Latitude - 0.015), new(g.Longitude - 0.02, g.Latitude + 0.015), new(g.Longitude - 0.02, g.Latitude - 0.015)]);
        var points = WatchSamples.Scattered(2_000, seed: 11);
        var result = Run(points, boundary: triangle);

        var inside = points.Count(p => triangle.Covers(WatchSamples.Factory.CreatePoint(new Coordinate(p.Longitude, p.Latitude))));
        Assert.Equal((inside, points.Length - inside), (result.PointsUsed, result.PointsOutside));
        Assert.Equal(inside, result.Cells.Sum(c => c.Count));
        Assert.True(result.Cells.Count < 0.6 * result.Grid.Columns * result.Grid.Rows);
        Assert.All(result.Cells, c => Assert.True(triangle.Intersects(c.Outline.ToPolygon(WatchSamples.Factory))));
    }

    [Fact]
    public void Run_Cells_AreSquaresOfTheCellSizeWithTheirCentreInside()
    {
        var result = Run(WatchSamples.Scattered(200, seed: 5));
        var projection = new LocalProjection(result.Grid.Centre);
        foreach (var cell in result.Cells.Where((_, i) => i % 37 == 0))
        {
            var sw = projection.Forward(cell.Outline.SouthWest.Longitude, cell.Outline.SouthWest.Latitude);
            var ne = projection.Forward(cell.Outline.NorthEast.Longitude, cell.Outline.NorthEast.Latitude);
            var centre = projection.Forward(cell.Centre.Longitude, cell.Centre.Latitude);
            Assert.Equal(Cell, ne.X - sw.X, 1e-6);
            Assert.Equal(Cell, ne.Y - sw.Y, 1e-6);
            Assert.Equal(sw.X + Cell / 2, centre.X, 1e-6);
            Assert.Equal(sw.Y + Cell / 2, centre.Y, 1e-6);
            Assert.True(cell.Outline.ToPolygon(WatchSamples.Factory).Contains(WatchSamples.Factory.CreatePoint(new Coordinate(cell.Centre.Longitude, cell.Centre.Latitude))));
        }
    }

    [Fact]
    public void Run_WiderBand_TakesMoreNeighbours()
    {
        var points = WatchSamples.Scattered(1_000, seed: 2);
        var queen = Run(points);
        var wide = Run(points, band: 3 * Cell);
        Assert.Equal(Cell * Math.Sqrt(2), queen.BandMetres);
        Assert.NotEqual(queen.Cells.Select(c => c.Z), wide.Cells.Select(c => c.Z));
    }

    [Theory]
    [InlineData(49)]
    [InlineData(5_001)]
    [InlineData(double.NaN)]
    public void Run_CellSizeOutOfRange_IsRefused(double cell)
    {
        var refused = Assert.Throws<WatchGridException>(() => Run([new WatchPoint(5.72, 45.19)], cell));
        Assert.Equal(GridRefusal.CellSizeOutOfRange, refused.Refusal);
        Assert.Equal([50, 5_000], refused.Values.Take(2));
    }

    [Fact]
    public void Run_TooManyCells_IsRefusedWithTheCount()
    {
        // About 30 × 30 km at 50 m: some 360,000 cells.
        var refused = Assert.Throws<WatchGridException>(() => Run([new WatchPoint(5.55, 45.05), new WatchPoint(5.93, 45.32)], 50));
        Assert.Equal(GridRefusal.TooManyCells, refused.Refusal);
        Assert.InRange(refused.Values[0], 250_001, 500_000);
        Assert.Equal(250_000, refused.Values[1]);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(10.1)]
    public void Run_BandOutOfRange_IsRefused(double bandCells)
    {
        var refused = Assert.Throws<WatchGridException>(() => Run([new WatchPoint(5.72, 45.19)], band: bandCells * Cell));
        Assert.Equal(GridRefusal.BandOutOfRange, refused.Refusal);
    }

    [Fact]
    public void Run_ExtentWiderThanThreeDegrees_IsRefused()
    {
        var refused = Assert.Throws<WatchGridException>(() => Run([new WatchPoint(2.35, 48.85), new WatchPoint(5.72, 45.19)], 5_000));
        Assert.Equal(GridRefusal.ExtentTooWide, refused.Refusal);
    }

    [Fact]
    public void Run_NoPointsAndNoBoundary_IsRefused() =>
        Assert.Equal(GridRefusal.NothingToMap, Assert.Throws<WatchGridException>(() => Run([])).Refusal);

    [Theory]
    [InlineData(5.72, 91, 1)]
    [InlineData(double.NaN, 45.19, 1)]
    [InlineData(5.72, 45.19, -1)]
    [InlineData(5.72, 45.19, double.PositiveInfinity)]
    public void Run_InvalidPoint_IsRefusedWithItsPosition(double longitude, double latitude, double weight)
    {
        var refused = Assert.Throws<WatchGridException>(() => Run([new WatchPoint(5.72, 45.19), new WatchPoint(longitude, latitude, weight)]));
        Assert.Equal((GridRefusal.InvalidPoint, 2.0), (refused.Refusal, refused.Values[0]));
    }

    [Fact]
    public void Run_BoundaryThatIsNotAPolygon_IsRefused()
    {
        var line = WatchSamples.Factory.CreateLineString([new(5.7, 45.1), new(5.8, 45.2)]);
        Assert.Equal(GridRefusal.InvalidBoundary, Assert.Throws<WatchGridException>(() => Run([], boundary: line)).Refusal);
    }
}
