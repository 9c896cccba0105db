using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// The inverse of <see cref="PlaneProjector"/> for the regular lattices a grid needs (its cells' corners
/// and centres), four plane points at a time in 256-bit vectors.
/// </summary>
/// <remarks>
/// The formula is <see cref="LocalProjection.Inverse"/>'s. Its two arctangents are taken relative to
/// the centre, where they are small: Δλ = atan(Y′ / X′) with (X′, Y′) the point's distance from the axis
/// turned by −λ₀, and Δφ = atan(t) with t the tangent of the latitude difference, both from the series
/// of atan to the 11th power: within <see cref="SeriesLimit"/> the first term left out is under 2·10⁻¹⁷
/// of the result. A point farther away is inverted by <see cref="LocalProjection.Inverse"/>.
/// </remarks>
internal static class PlaneUnprojector
{
    /// <summary>Largest |tan Δλ| or |tan Δφ| the series is used for (2.9°).</summary>
    public const double SeriesLimit = 0.05;

    /// <summary>
    /// The positions of the lattice of <paramref name="columns"/> × <paramref name="rows"/> plane points
    /// (<paramref name="west"/> + i·<paramref name="step"/>, <paramref name="south"/> + j·<paramref name="step"/>),
    /// row by row from the south-west.
    /// </summary>
    public static GeoPosition[] Lattice(LocalProjection projection, double west, double south, double step, int columns, int rows)
    {
        var positions = new GeoPosition[columns * rows];
        var kernel = new Kernel(projection);
        var lanes = Vector256.Create(0.0, 1, 2, 3);
        for (var j = 0; j < rows; j++)
        {
            var y = Vector256.Create(south + j * step);
            for (var i = 0; i < columns; i += 4)
            {
                var x = Vector256.Create(west) + (Vector256.Create((double)i) + lanes) * Vector256.Create(step);
                var (longitude, latitude) = kernel.Run(projection, x, y);
                for (var k = 0; k < 4 && i + k < columns; k++)
                {
                    positions[j * columns + i + k] = new GeoPosition(longitude[k], latitude[k]);
                }
            }
        }
        return positions;
    }

    private readonly struct Kernel(LocalProjection projection)
    {
        private readonly Vector256<double> _x0 = Vector256.Create(projection.Frame.X);
        private readonly Vector256<double> _y0 = Vector256.Create(projection.Frame.Y);
        private readonly Vector256<double> _z0 = Vector256.Create(projection.Frame.Z);
        private readonly Vector256<double> _sinLon = Vector256.Create(projection.Frame.SinLon);
        private readonly Vector256<double> _cosLon = Vector256.Create(projection.Frame.CosLon);
        private readonly Vector256<double> _sinLat = Vector256.Create(projection.Frame.SinLat);
        private readonly Vector256<double> _cosLat = Vector256.Create(projection.Frame.CosLat);

        public (Vector256<double> Longitude, Vector256<double> Latitude) Run(LocalProjection projection, Vector256<double> x, Vector256<double> y)
        {
            // The point of the plane, in Earth-centred coordinates, and the centre's upward normal.
            var px = _x0 - _sinLon * x - _sinLat * _cosLon * y;
            var py = _y0 + _cosLon * x - _sinLat * _sinLon * y;
            var pz = _z0 + _cosLat * y;
            var (ux, uy, uz) = (_cosLat * _cosLon, _cosLat * _sinLon, _sinLat);
            // Height u along the normal that brings the point onto the ellipsoid (see LocalProjection.Inverse).
            var (a2, b2) = (Vector256.Create(1 / (LocalProjection.SemiMajorAxis * LocalProjection.SemiMajorAxis)),
                Vector256.Create(1 / (LocalProjection.PolarRadius * LocalProjection.PolarRadius)));
            var a = (ux * ux + uy * uy) * a2 + uz * uz * b2;
            var b = (px * ux + py * uy) * a2 + pz * uz * b2;
            var c = (px * px + py * py) * a2 + pz * pz * b2 - Vector256<double>.One;
            var u = -c / (b + Vector256.Sqrt(b * b - a * c));
            (px, py, pz) = (px + u * ux, py + u * uy, pz + u * uz);
            // Turned by −λ₀: X′ along the centre's meridian plane, Y′ across it.
            var along = px * _cosLon + py * _sinLon;
            var across = py * _cosLon - px * _sinLon;
            var q = Vector256.Sqrt(along * along + across * across) * Vector256.Create(1 - LocalProjection.EccentricitySquared);
            var tanDLon = across / along;
            var tanDLat = (pz * _cosLat - q * _sinLat) / (q * _cosLat + pz * _sinLat);
            var degrees = Vector256.Create(1 / LocalProjection.RadiansPerDegree);
            var longitude = Vector256.Create(projection.Centre.Longitude) + Atan(tanDLon) * degrees;
            var latitude = Vector256.Create(projection.Centre.Latitude) + Atan(tanDLat) * degrees;
            var limit = Vector256.Create(SeriesLimit);
            if (Vector256.GreaterThanAny(Vector256.Abs(tanDLon), limit) || Vector256.GreaterThanAny(Vector256.Abs(tanDLat), limit))
            {
                return Exact(projection, x, y, longitude, latitude, tanDLon, tanDLat);
            }
            return (longitude, latitude);
        }

        private static (Vector256<double>, Vector256<double>) Exact(LocalProjection projection, Vector256<double> x, Vector256<double> y,
            Vector256<double> longitude, Vector256<double> latitude, Vector256<double> tanDLon, Vector256<double> tanDLat)
        {
            Span<double> lon = stackalloc double[4], lat = stackalloc double[4];
            longitude.CopyTo(lon);
            latitude.CopyTo(lat);
            for (var k = 0; k < 4; k++)
            {
                if (Math.Abs(tanDLon[k]) > SeriesLimit || Math.Abs(tanDLat[k]) > SeriesLimit)
                {
                    (lon[k], lat[k]) = projection.Inverse(x[k], y[k]);
                }
            }
            return (Vector256.Create<double>(lon), Vector256.Create<double>(lat));
        }

        /// <summary>atan t by its series in Horner form, for |t| ≤ <see cref="SeriesLimit"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> Atan(Vector256<double> t)
        {
            var t2 = t * t;
            var one = Vector256<double>.One;
            return t * (one - t2 * (Vector256.Create(1.0 / 3) - t2 * (Vector256.Create(1.0 / 5) - t2 * (Vector256.Create(1.0 / 7)
                - t2 * (Vector256.Create(1.0 / 9) - t2 * Vector256.Create(1.0 / 11))))));
        }
    }
}
