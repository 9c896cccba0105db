namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Local plane in metres around a centre, for gridding: the WGS84 ellipsoid projected orthogonally
/// onto its tangent plane at the centre (East-North coordinates, x east, y north, the centre at 0,0).
/// No datum or projection library is needed and the inverse is exact (a quadratic for the height
/// along the centre's normal, then a closed form for the latitude of a point on the ellipsoid).
/// </summary>
/// <remarks>
/// <para><b>Error bound.</b> Along a line from the centre the scale is cos(s/R) for a point at
/// distance s (R, the radius of curvature in that direction, is at least the meridian radius at the
/// equator, 6,335 km); across it the scale is 1. Any distance measured in the plane between two
/// points within s of the centre is therefore short of the geodesic by at most
/// 1 − cos(s/R) ≤ s²/(2R²): <b>0.0008 % within 25 km</b> (a metropolitan area 50 km across),
/// 0.003 % within 50 km, and under <b>0.07 %</b> within 236 km, the farthest a corner of an accepted
/// study extent can be from its centre (<see cref="GridLimits.MaxExtentDegrees"/> on each side, at the
/// equator).</para>
/// <para>Points beyond the horizon of the plane (over a quarter of the Earth away) would fold back onto
/// it; the grid refuses extents wider than <see cref="GridLimits.MaxExtentDegrees"/> before projecting.</para>
/// </remarks>
public sealed class LocalProjection
{
    /// <summary>WGS84 semi-major axis, in metres.</summary>
    public const double SemiMajorAxis = 6_378_137.0;

    /// <summary>WGS84 flattening.</summary>
    public const double Flattening = 1 / 298.257223563;

    private const double E2 = Flattening * (2 - Flattening);
    private const double SemiMinorAxis = SemiMajorAxis * (1 - Flattening);
    private const double Degrees = Math.PI / 180;

    private readonly double _x0, _y0, _z0;
    private readonly double _sinLon, _cosLon, _sinLat, _cosLat;
    private readonly double _axis0, _height0;

    /// <summary>A plane tangent to the ellipsoid at <paramref name="centre"/>.</summary>
    public LocalProjection(GeoPosition centre)
    {
        Centre = centre;
        (_sinLon, _cosLon) = Math.SinCos(centre.Longitude * Degrees);
        (_sinLat, _cosLat) = Math.SinCos(centre.Latitude * Degrees);
        (_x0, _y0, _z0) = Cartesian(centre.Longitude, centre.Latitude);
        _axis0 = Math.Sqrt(_x0 * _x0 + _y0 * _y0);
        _height0 = _z0;
    }

    /// <summary>Where the plane touches the ellipsoid; it projects to (0, 0).</summary>
    public GeoPosition Centre { get; }

    /// <summary>Metres east (x) and north (y) of the centre.</summary>
    /// <remarks>
    /// The rotation of the Earth-centred difference to East-North, written with the angles from the
    /// centre: for a point at distance p from the axis and height h above the equator, and Δλ its
    /// longitude from the centre's, x = p·sin Δλ and y = −sin φ₀·(p·cos Δλ − p₀) + cos φ₀·(h − h₀). It is
    /// the same plane as rotating (X − X₀, Y − Y₀, Z − Z₀), without the two large Earth-centred
    /// coordinates that cancel, and the form <see cref="PlaneProjector"/> evaluates many points at once in.
    /// </remarks>
    public (double X, double Y) Forward(double longitude, double latitude)
    {
        var (sinDLon, cosDLon) = Math.SinCos((longitude - Centre.Longitude) * Degrees);
        var (sinDLat, cosDLat) = Math.SinCos((latitude - Centre.Latitude) * Degrees);
        var sinLat = _sinLat * cosDLat + _cosLat * sinDLat;
        var cosLat = _cosLat * cosDLat - _sinLat * sinDLat;
        var n = SemiMajorAxis / Math.Sqrt(1 - E2 * sinLat * sinLat);
        var axis = n * cosLat;
        return (axis * sinDLon, -_sinLat * (axis * cosDLon - _axis0) + _cosLat * (n * (1 - E2) * sinLat - _height0));
    }

    /// <summary>The constants <see cref="PlaneProjector"/> needs: the centre's sin φ₀, cos φ₀, p₀ and h₀.</summary>
    internal (double SinLat, double CosLat, double Axis, double Height) Constants => (_sinLat, _cosLat, _axis0, _height0);

    /// <summary>The constants <see cref="PlaneUnprojector"/> needs: the centre's Earth-centred position, sin λ₀, cos λ₀, sin φ₀ and cos φ₀.</summary>
    internal (double X, double Y, double Z, double SinLon, double CosLon, double SinLat, double CosLat) Frame =>
        (_x0, _y0, _z0, _sinLon, _cosLon, _sinLat, _cosLat);

    /// <summary>WGS84 semi-minor axis, in metres.</summary>
    internal const double PolarRadius = SemiMinorAxis;

    /// <summary>Degrees to radians.</summary>
    internal const double RadiansPerDegree = Degrees;

    /// <summary>WGS84 first eccentricity squared.</summary>
    internal const double EccentricitySquared = E2;

    /// <summary>The point of the ellipsoid that projects to (x, y).</summary>
    public GeoPosition Inverse(double x, double y)
    {
        // The point of the plane, in Earth-centred coordinates, and the centre's upward normal.
        var px = _x0 - _sinLon * x - _sinLat * _cosLon * y;
        var py = _y0 + _cosLon * x - _sinLat * _sinLon * y;
        var pz = _z0 + _cosLat * y;
        double ux = _cosLat * _cosLon, uy = _cosLat * _sinLon, uz = _sinLat;
        // Height u along the normal that brings the point onto the ellipsoid: a·u² + 2b·u + c = 0,
        // the root near zero in the form that does not cancel.
        const double A2 = SemiMajorAxis * SemiMajorAxis, B2 = SemiMinorAxis * SemiMinorAxis;
        var a = (ux * ux + uy * uy) / A2 + uz * uz / B2;
        var b = (px * ux + py * uy) / A2 + pz * uz / B2;
        var c = (px * px + py * py) / A2 + pz * pz / B2 - 1;
        var u = -c / (b + Math.Sqrt(b * b - a * c));
        px += u * ux;
        py += u * uy;
        pz += u * uz;
        // On the ellipsoid itself, tan(latitude) = z / ((1 − e²)·p) exactly.
        var longitude = Math.Atan2(py, px) / Degrees;
        var latitude = Math.Atan2(pz, (1 - E2) * Math.Sqrt(px * px + py * py)) / Degrees;
        return new GeoPosition(longitude, latitude);
    }

    private static (double X, double Y, double Z) Cartesian(double longitude, double latitude)
    {
        var (sinLon, cosLon) = Math.SinCos(longitude * Degrees);
        var (sinLat, cosLat) = Math.SinCos(latitude * Degrees);
        var n = SemiMajorAxis / Math.Sqrt(1 - E2 * sinLat * sinLat);
        return (n * cosLat * cosLon, n * cosLat * sinLon, n * (1 - E2) * sinLat);
    }
}
