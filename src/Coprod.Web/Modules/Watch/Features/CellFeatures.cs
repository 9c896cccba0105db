using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// An RFC 7946 FeatureCollection of grid cells: each cell a Polygon whose one ring runs
/// counter-clockwise from the south-west corner (the right-hand rule of §3.1.6), longitude then
/// latitude, rounded to 7 decimals (about a centimetre), with no <c>crs</c> member.
/// </summary>
public sealed record CellCollection<TProperties>(IReadOnlyList<CellFeature<TProperties>> Features)
{
    public string Type => "FeatureCollection";
}

/// <summary>One cell as a GeoJSON Feature; <see cref="Id"/> is <c>column:row</c> in its grid.</summary>
public sealed record CellFeature<TProperties>(string Id, CellPolygon Geometry, TProperties Properties)
{
    public string Type => "Feature";
}

/// <summary>A GeoJSON Polygon with a single ring.</summary>
public sealed record CellPolygon(double[][][] Coordinates)
{
    public string Type => "Polygon";
}

/// <summary>Cells to GeoJSON.</summary>
public static class CellFeatures
{
    public static CellFeature<TProperties> Feature<TProperties>(int column, int row, CellOutline outline, TProperties properties) =>
        new(FormattableString.Invariant($"{column}:{row}"), Polygon(outline), properties);

    public static CellPolygon Polygon(CellOutline o) =>
        new([[Position(o.SouthWest), Position(o.SouthEast), Position(o.NorthEast), Position(o.NorthWest), Position(o.SouthWest)]]);

    private static double[] Position(GeoPosition p) => [Math.Round(p.Longitude, 7), Math.Round(p.Latitude, 7)];
}
