using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class PlaneProjectorTests
{
    private static readonly LocalProjection Projection = new(WatchSamples.Grenoble);

    [Fact]
    public void Project_AgreesWithForward_ToTheMicrometre_AcrossTheWidestExtent()
    {
        // Up to 1.5° from the centre each way (an extent of 3°, the widest accepted), 1,003 points: not a multiple of 4.
        var random = new Random(3);
        var points = Enumerable.Range(0, 1_003).Select(_ => new WatchPoint(
            WatchSamples.Grenoble.Longitude + (random.NextDouble() - 0.5) * 3, WatchSamples.Grenoble.Latitude + (random.NextDouble() - 0.5) * 3)).ToArray();
        var (x, y) = (new double[points.Length], new double[points.Length]);

        PlaneProjector.Project(Projection, points, x, y);

        for (var i = 0; i < points.Length; i++)
        {
            var (fx, fy) = Projection.Forward(points[i].Longitude, points[i].Latitude);
            Assert.Equal(fx, x[i], 1e-6);
            Assert.Equal(fy, y[i], 1e-6);
        }
    }

    [Fact]
    public void Project_PointsFarFromTheCentre_AreProjectedExactly()
    {
        // 20° away: beyond the series, only possible for points outside a boundary's box.
        WatchPoint[] points = [new(25.7, 45.2), new(5.7, 45.2), new(5.7, 10), new(-14, 60), new(5.8, 45.1)];
        var (x, y) = (new double[points.Length], new double[points.Length]);

        PlaneProjector.Project(Projection, points, x, y);

        for (var i = 0; i < points.Length; i++)
        {
            Assert.Equal(Projection.Forward(points[i].Longitude, points[i].Latitude), (x[i], y[i]));
        }
    }

    [Fact]
    public void Project_APoint_GivesTheSameBitsWhereverItStandsInTheList()
    {
        var point = new WatchPoint(5.7312345, 45.1987654);
        var (x, y) = (new double[7], new double[7]);
        var lone = new double[1];
        PlaneProjector.Project(Projection, [point], lone, new double[1]);
        for (var at = 0; at < 7; at++)
        {
            var points = Enumerable.Repeat(new WatchPoint(5.70, 45.17), 7).ToArray();
            points[at] = point;
            PlaneProjector.Project(Projection, points, x, y);
            Assert.Equal(BitConverter.DoubleToInt64Bits(lone[0]), BitConverter.DoubleToInt64Bits(x[at]));
        }
    }

    [Fact]
    public void Cells_GivesTheCellOfTheProjectedPosition_OrMinusOneOffTheWindow()
    {
        var random = new Random(5);
        var points = Enumerable.Range(0, 501).Select(_ => new WatchPoint(5.724 + (random.NextDouble() - 0.5) * 0.1, 45.188 + (random.NextDouble() - 0.5) * 0.1)).ToArray();
        var window = new CellWindow(-20, -15, 30, 25);
        var cells = new int[points.Length];

        PlaneProjector.Cells(Projection, points, 150, window, cells);

        for (var i = 0; i < points.Length; i++)
        {
            var (x, y) = Projection.Forward(points[i].Longitude, points[i].Latitude);
            Assert.Equal(window.IndexOf((int)Math.Floor(x / 150), (int)Math.Floor(y / 150)), cells[i]);
        }
        Assert.Contains(-1, cells);
        Assert.Contains(cells, c => c >= 0);
    }
}
