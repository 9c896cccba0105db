using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// The four corners of a grid cell in WGS84, counter-clockwise from the south-west (the square of the
/// local plane brought back to longitude/latitude; its sides are straight to well under a millimetre).
/// </summary>
public readonly record struct CellOutline(GeoPosition SouthWest, GeoPosition SouthEast, GeoPosition NorthEast, GeoPosition NorthWest)
{
    /// <summary>The cell as a closed polygon (SRID of <paramref name="factory"/>), e.g. for GeoJSON.</summary>
    public Polygon ToPolygon(GeometryFactory factory) => factory.CreatePolygon(
    [
        new Coordinate(SouthWest.Longitude, SouthWest.Latitude),
        new Coordinate(SouthEast.Longitude, SouthEast.Latitude),
        new Coordinate(NorthEast.Longitude, NorthEast.Latitude),
        new Coordinate(NorthWest.Longitude, NorthWest.Latitude),
        new Coordinate(SouthWest.Longitude, SouthWest.Latitude),
    ]);
}
