using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

/// <summary>
/// Distances in the local plane against geodesic distances on the WGS84 ellipsoid computed with
/// GeographicLib 2.0 (Geodesic.WGS84, Direct and Inverse), an independent reference.
/// </summary>
public sealed class LocalProjectionTests
{
    private static readonly GeoPosition Grenoble = new(5.724, 45.188);

    private static double PlaneDistance(LocalProjection projection, GeoPosition a, GeoPosition b)
    {
        var (ax, ay) = projection.Forward(a.Longitude, a.Latitude);
        var (bx, by) = projection.Forward(b.Longitude, b.Latitude);
        return Math.Sqrt((ax - bx) * (ax - bx) + (ay - by) * (ay - by));
    }

    [Fact]
    public void Forward_Centre_IsTheOrigin()
    {
        var (x, y) = new LocalProjection(Grenoble).Forward(Grenoble.Longitude, Grenoble.Latitude);
        Assert.Equal(0, x, 1e-9);
        Assert.Equal(0, y, 1e-9);
    }

    [Theory]
    // GeographicLib Direct from (45.188 N, 5.724 E), 1,000 m at azimuths 0, 45, 90 and 135 degrees.
    [InlineData(0, 5.724, 45.196998021747966)]
    [InlineData(45, 5.732998581157598, 45.19436220920353)]
    [InlineData(90, 5.736724497667777, 45.18799929117219)]
    [InlineData(135, 5.7329965763900645, 45.181637074849945)]
    public void Forward_PointOneKilometreAway_IsOneKilometreAwayInTheRightDirection(double azimuth, double longitude, double latitude)
    {
        var (x, y) = new LocalProjection(Grenoble).Forward(longitude, latitude);
        Assert.Equal(1000, Math.Sqrt(x * x + y * y), 0.001);
        Assert.Equal(1000 * Math.Sin(azimuth * Math.PI / 180), x, 0.01);
        Assert.Equal(1000 * Math.Cos(azimuth * Math.PI / 180), y, 0.01);
    }

    [Theory]
    // GeographicLib Inverse between two points, the plane centred near the middle of a metropolitan area.
    [InlineData(5.724, 45.188, 5.55, 45.10, 5.90, 45.30, 35359.62779895636)] // Grenoble, 35 km across
    [InlineData(5.724, 45.188, 5.724, 45.188, 5.90, 45.30, 18597.645248531)]
    [InlineData(2.3522, 48.8566, 2.3522, 48.8566, 2.2945, 48.8584, 4238.772876425223)] // Paris
    [InlineData(2.48, 50.92, 2.37, 51.03, 2.60, 50.80, 30270.571200842627)] // Dunkerque, the farthest north
    [InlineData(5.43, 43.30, 5.3698, 43.2965, 5.5, 43.3, 10572.29200798616)] // Marseille
    [InlineData(-52.30, 4.89, -52.33, 4.93, -52.27, 4.85, 11070.29361903834)] // Cayenne, near the equator
    public void Distance_InAMetropolitanArea_IsWithinAThousandthOfAPercent(
        double centreLon, double centreLat, double lonA, double latA, double lonB, double latB, double geodesic)
    {
        var plane = PlaneDistance(new LocalProjection(new GeoPosition(centreLon, centreLat)), new(lonA, latA), new(lonB, latB));
        Assert.True(Math.Abs(plane - geodesic) / geodesic < 1e-5, $"plane {plane} m, geodesic {geodesic} m");
    }

    [Theory]
    // The widest accepted extent (3 × 3 degrees), corner to corner and edge to edge, plane centred on it.
    [InlineData(5, 45, 3.5, 43.5, 6.5, 46.5, 408712.9139772332)]
    [InlineData(5, 45, 6.5, 43.5, 3.5, 46.5, 408712.9139772332)]
    [InlineData(5, 45, 3.5, 45, 6.5, 45, 236526.9934629479)]
    [InlineData(-53, 0, -54.5, -1.5, -51.5, 1.5, 470684.06435693457)]
    public void Distance_AcrossTheWidestExtent_IsWithinTheDocumentedBound(
        double centreLon, double centreLat, double lonA, double latA, double lonB, double latB, double geodesic)
    {
        var plane = PlaneDistance(new LocalProjection(new GeoPosition(centreLon, centreLat)), new(lonA, latA), new(lonB, latB));
        Assert.True(plane <= geodesic && (geodesic - plane) / geodesic < 0.0007, $"plane {plane} m, geodesic {geodesic} m");
    }

    [Theory]
    [InlineData(5.724, 45.188, 5.9, 45.3)]
    [InlineData(5.724, 45.188, 4.3, 43.7)]
    [InlineData(-52.3, 4.9, -53.7, 3.5)]
    [InlineData(55.5, -21.1, 55.2, -21.4)] // La Réunion, south of the equator
    public void Inverse_OfForward_GivesThePointBack(double centreLon, double centreLat, double longitude, double latitude)
    {
        var projection = new LocalProjection(new GeoPosition(centreLon, centreLat));
        var (x, y) = projection.Forward(longitude, latitude);
        var back = projection.Inverse(x, y);
        Assert.Equal(longitude, back.Longitude, 1e-10);
        Assert.Equal(latitude, back.Latitude, 1e-10);
    }
}
