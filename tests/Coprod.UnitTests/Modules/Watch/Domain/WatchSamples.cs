using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using NetTopologySuite.Geometries;

namespace Coprod.UnitTests.Modules.Watch.Domain;

/// <summary>Boundaries and point sets for the grid tests, around Grenoble.</summary>
internal static class WatchSamples
{
    public static readonly GeoPosition Grenoble = new(5.724, 45.188);

    public static readonly GeometryFactory Factory = AreaGeometry.Services.CreateGeometryFactory();

    /// <summary>
    /// A longitude/latitude box about 2·<paramref name="halfWidth"/> × 2·<paramref name="halfHeight"/>
    /// metres centred on <paramref name="centre"/> (degrees from a spherical approximation, good to a few
    /// metres here): with half sides of 1.7 cells its grid is 4 × 4 cells whose centres are all inside.
    /// </summary>
    public static Polygon Box(GeoPosition centre, double halfWidth, double halfHeight)
    {
        var dLon = halfWidth / (111_320 * Math.Cos(centre.Latitude * Math.PI / 180));
        var dLat = halfHeight / 111_132;
        return (Polygon)Factory.ToGeometry(new Envelope(centre.Longitude - dLon, centre.Longitude + dLon, centre.Latitude - dLat, centre.Latitude + dLat));
    }

    /// <summary><paramref name="count"/> points with random weights, a third in a tight cluster, seeded.</summary>
    public static WatchPoint[] Scattered(int count, int seed)
    {
        var random = new Random(seed);
        var points = new WatchPoint[count];
        for (var i = 0; i < count; i++)
        {
            var spread = i % 3 == 0 ? 0.002 : 0.03;
            points[i] = new WatchPoint(
                Grenoble.Longitude + (random.NextDouble() - 0.5) * spread,
                Grenoble.Latitude + (random.NextDouble() - 0.5) * spread,
                Math.Round(0.1 + random.NextDouble() * 3, 3));
        }
        return points;
    }

    /// <summary><paramref name="counts"/>[row][column] points at the centres of the grid's cells.</summary>
    public static WatchPoint[] AtCentres(IReadOnlyList<HotspotCell> cells, int[][] counts) =>
        [.. cells.SelectMany(c => Enumerable.Repeat(new WatchPoint(c.Centre.Longitude, c.Centre.Latitude), counts[c.Row][c.Column]))];
}
