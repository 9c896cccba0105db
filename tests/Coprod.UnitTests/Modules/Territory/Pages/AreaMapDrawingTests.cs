using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Modules.Territory.Pages;
using NetTopologySuite.Geometries;

namespace Coprod.UnitTests.Modules.Territory.Pages;

public sealed class AreaMapDrawingTests
{
    private static readonly GeometryFactory Factory = AreaGeometry.Services.CreateGeometryFactory();

    private static AreaOutline Outline(string name, Geometry geometry, AreaKind kind = AreaKind.Quartier) =>
        new(new AreaSummary(Guid.NewGuid(), name, kind, "38151", null, new DateOnly(2024, 1, 1), null, Guid.NewGuid()), new GeoJsonGeometry(geometry));

    private static double[] Numbers(string path) =>
        path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "Z")
            .Select(p => double.Parse(p.TrimStart('M', 'L'), System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void Drawing_TwoAreas_FitInsideTheViewBox()
    {
        var drawing = new AreaMapDrawing([
            Outline("Ouest", Factory.ToGeometry(new Envelope(5.70, 5.71, 45.14, 45.15))),
            Outline("Est", Factory.ToGeometry(new Envelope(5.75, 5.77, 45.16, 45.18))),
        ]);
        var numbers = drawing.Shapes.SelectMany(s => Numbers(s.Path)).ToArray();
        var xs = numbers.Where((_, i) => i % 2 == 0).ToArray();
        var ys = numbers.Where((_, i) => i % 2 == 1).ToArray();
        Assert.All(xs, x => Assert.InRange(x, 0, AreaMapDrawing.Width));
        Assert.All(ys, y => Assert.InRange(y, 0, drawing.Height));
        Assert.StartsWith("0 0 800 ", drawing.ViewBox);
    }

    [Fact]
    public void Project_North_IsUpAndEast_IsRight()
    {
        var drawing = new AreaMapDrawing([Outline("Zone", Factory.ToGeometry(new Envelope(5.70, 5.72, 45.14, 45.16)))]);
        var southWest = drawing.Project(new Coordinate(5.70, 45.14));
        var northEast = drawing.Project(new Coordinate(5.72, 45.16));
        Assert.True(northEast.X > southWest.X);
        Assert.True(northEast.Y < southWest.Y);
    }

    [Fact]
    public void Path_PolygonWithHole_HasOneSubpathPerRing()
    {
        var shell = Factory.CreateLinearRing([new(5.70, 45.14), new(5.72, 45.14), new(5.72, 45.16), new(5.70, 45.16), new(5.70, 45.14)]);
        var hole = Factory.CreateLinearRing([new(5.705, 45.145), new(5.715, 45.145), new(5.715, 45.155), new(5.705, 45.145)]);
        var drawing = new AreaMapDrawing([Outline("Anneau", Factory.CreatePolygon(shell, [hole]))]);
        Assert.Equal(2, drawing.Shapes[0].Path.Count(c => c == 'M'));
        Assert.Equal(2, drawing.Shapes[0].Path.Count(c => c == 'Z'));
    }

    [Fact]
    public void Style_EachKind_DiffersByMoreThanColour() =>
        Assert.Equal(Enum.GetValues<AreaKind>().Length, Enum.GetValues<AreaKind>().Select(k => AreaMapDrawing.Style(k).Dash).Distinct().Count());
}
