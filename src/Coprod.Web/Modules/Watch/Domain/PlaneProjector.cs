using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Projects many points onto a <see cref="LocalProjection"/>'s plane at once, four at a time in 256-bit
/// vectors (AVX2 on x64; software on machines without it, same results).
/// </summary>
/// <remarks>
/// <para>The formula is <see cref="LocalProjection.Forward"/>'s, with the sines and cosines of the
/// angles from the centre (Δλ, Δφ) taken from their Taylor series to the 9th and 8th powers: within
/// <see cref="SeriesLimit"/> radians (5.7°, while an accepted extent reaches at most 1.5° from its
/// centre) the first term left out is under 3·10⁻¹⁷ of the result, below a double's rounding. A point
/// farther away (only possible outside a boundary's box) is projected by <see cref="LocalProjection.Forward"/>.</para>
/// <para>Every point goes through the same vector code, the last few too (padded to a whole vector),
/// so a point's plane position does not depend on where it stands in the list: the grid stays
/// independent of the input order.</para>
/// </remarks>
internal static class PlaneProjector
{
    /// <summary>Largest |Δλ| or |Δφ|, in radians, the series are used for.</summary>
    public const double SeriesLimit = 0.1;

    /// <summary>Writes the plane position of <paramref name="points"/>[i] to <paramref name="x"/>[i] and <paramref name="y"/>[i].</summary>
    public static void Project(LocalProjection projection, ReadOnlySpan<WatchPoint> points, Span<double> x, Span<double> y)
    {
        var kernel = new Kernel(projection);
        var whole = points.Length - points.Length % 4;
        for (var i = 0; i < whole; i += 4)
        {
            var (east, north) = kernel.Run(projection, points.Slice(i, 4));
            east.CopyTo(x[i..]);
            north.CopyTo(y[i..]);
        }
        if (whole < points.Length)
        {
            var (east, north) = kernel.Run(projection, Padded(projection, points[whole..], stackalloc WatchPoint[4]));
            for (var k = whole; k < points.Length; k++)
            {
                (x[k], y[k]) = (east[k - whole], north[k - whole]);
            }
        }
    }

    /// <summary>
    /// Writes to <paramref name="cells"/>[i] the index in <paramref name="window"/> of the cell of side
    /// <paramref name="side"/> that holds <paramref name="points"/>[i], or −1 when it is off the window.
    /// </summary>
    public static void Cells(LocalProjection projection, ReadOnlySpan<WatchPoint> points, double side, CellWindow window, Span<int> cells)
    {
        var kernel = new Kernel(projection);
        var locate = new Locator(side, window);
        var whole = points.Length - points.Length % 4;
        for (var i = 0; i < whole; i += 4)
        {
            var (east, north) = kernel.Run(projection, points.Slice(i, 4));
            var index = locate.Run(east, north);
            (cells[i], cells[i + 1], cells[i + 2], cells[i + 3]) = ((int)index[0], (int)index[1], (int)index[2], (int)index[3]);
        }
        if (whole < points.Length)
        {
            var (east, north) = kernel.Run(projection, Padded(projection, points[whole..], stackalloc WatchPoint[4]));
            var index = locate.Run(east, north);
            for (var k = whole; k < points.Length; k++)
            {
                cells[k] = (int)index[k - whole];
            }
        }
    }

    /// <summary>The last points, padded to a whole vector with the centre.</summary>
    private static ReadOnlySpan<WatchPoint> Padded(LocalProjection projection, ReadOnlySpan<WatchPoint> rest, Span<WatchPoint> four)
    {
        four.Fill(new WatchPoint(projection.Centre.Longitude, projection.Centre.Latitude));
        rest.CopyTo(four);
        return four;
    }

    /// <summary>Cell coordinates ⌊x / side⌋, ⌊y / side⌋ of four plane positions, and their index in a window (−1 when off it).</summary>
    private readonly struct Locator(double side, CellWindow window)
    {
        private readonly Vector256<double> _side = Vector256.Create(side);
        private readonly Vector256<long> _west = Vector256.Create((long)window.West);
        private readonly Vector256<long> _south = Vector256.Create((long)window.South);
        private readonly Vector256<long> _columns = Vector256.Create((long)window.Columns);
        private readonly Vector256<long> _rows = Vector256.Create((long)window.Rows);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<long> Run(Vector256<double> east, Vector256<double> north)
        {
            var column = Vector256.ConvertToInt64(Vector256.Floor(east / _side)) - _west;
            var row = Vector256.ConvertToInt64(Vector256.Floor(north / _side)) - _south;
            // Unsigned comparison: a negative column or row is a huge unsigned number, off the window too.
            var inside = Vector256.LessThan(column.AsUInt64(), _columns.AsUInt64()) & Vector256.LessThan(row.AsUInt64(), _rows.AsUInt64());
            return Vector256.ConditionalSelect(inside.AsInt64(), row * _columns + column, Vector256.Create(-1L));
        }
    }

    private readonly struct Kernel(LocalProjection projection)
    {
        private readonly Vector256<double> _lon0 = Vector256.Create(projection.Centre.Longitude);
        private readonly Vector256<double> _lat0 = Vector256.Create(projection.Centre.Latitude);
        private readonly Vector256<double> _sinLat0 = Vector256.Create(projection.Constants.SinLat);
        private readonly Vector256<double> _cosLat0 = Vector256.Create(projection.Constants.CosLat);
        private readonly Vector256<double> _axis0 = Vector256.Create(projection.Constants.Axis);
        private readonly Vector256<double> _height0 = Vector256.Create(projection.Constants.Height);

        public (Vector256<double> East, Vector256<double> North) Run(LocalProjection projection, ReadOnlySpan<WatchPoint> four)
        {
            var degrees = Vector256.Create(LocalProjection.RadiansPerDegree);
            // Adding +0 turns −0 into +0: they compare equal, so they must not give different bits either.
            var dLon = (Vector256.Create(four[0].Longitude, four[1].Longitude, four[2].Longitude, four[3].Longitude) - _lon0) * degrees + Vector256<double>.Zero;
            var dLat = (Vector256.Create(four[0].Latitude, four[1].Latitude, four[2].Latitude, four[3].Latitude) - _lat0) * degrees + Vector256<double>.Zero;
            var (sinDLon, cosDLon) = SinCos(dLon);
            var (sinDLat, cosDLat) = SinCos(dLat);
            var sinLat = _sinLat0 * cosDLat + _cosLat0 * sinDLat;
            var cosLat = _cosLat0 * cosDLat - _sinLat0 * sinDLat;
            var one = Vector256<double>.One;
            var n = Vector256.Create(LocalProjection.SemiMajorAxis) / Vector256.Sqrt(one - Vector256.Create(LocalProjection.EccentricitySquared) * sinLat * sinLat);
            var axis = n * cosLat;
            var east = axis * sinDLon;
            var north = _cosLat0 * (n * Vector256.Create(1 - LocalProjection.EccentricitySquared) * sinLat - _height0) - _sinLat0 * (axis * cosDLon - _axis0);
            var limit = Vector256.Create(SeriesLimit);
            if (Vector256.GreaterThanAny(Vector256.Abs(dLon), limit) || Vector256.GreaterThanAny(Vector256.Abs(dLat), limit))
            {
                return Exact(projection, four, dLon, dLat, east, north);
            }
            return (east, north);
        }

        /// <summary>The lanes too far from the centre for the series, projected by <see cref="LocalProjection.Forward"/>.</summary>
        private static (Vector256<double> East, Vector256<double> North) Exact(LocalProjection projection, ReadOnlySpan<WatchPoint> four,
            Vector256<double> dLon, Vector256<double> dLat, Vector256<double> east, Vector256<double> north)
        {
            Span<double> x = stackalloc double[4], y = stackalloc double[4];
            east.CopyTo(x);
            north.CopyTo(y);
            for (var k = 0; k < 4; k++)
            {
                if (Math.Abs(dLon[k]) > SeriesLimit || Math.Abs(dLat[k]) > SeriesLimit)
                {
                    (x[k], y[k]) = projection.Forward(four[k].Longitude, four[k].Latitude);
                }
            }
            return (Vector256.Create<double>(x), Vector256.Create<double>(y));
        }

        /// <summary>sin d and cos d by their Taylor series in Horner form, for |d| ≤ <see cref="SeriesLimit"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector256<double> Sin, Vector256<double> Cos) SinCos(Vector256<double> d)
        {
            var d2 = d * d;
            var one = Vector256<double>.One;
            // Horner's form with fused multiply-adds: 1 − d²/6·(1 − d²/20·(…)) is (−d²/6)·(…) + 1.
            var sin = d * Vector256.FusedMultiplyAdd(d2 * -(1.0 / 6), Vector256.FusedMultiplyAdd(d2 * -(1.0 / 20),
                Vector256.FusedMultiplyAdd(d2 * -(1.0 / 42), Vector256.FusedMultiplyAdd(d2, Vector256.Create(-1.0 / 72), one), one), one), one);
            var cos = Vector256.FusedMultiplyAdd(d2 * -0.5, Vector256.FusedMultiplyAdd(d2 * -(1.0 / 12),
                Vector256.FusedMultiplyAdd(d2 * -(1.0 / 30), Vector256.FusedMultiplyAdd(d2, Vector256.Create(-1.0 / 56), one), one), one), one);
            return (sin, cos);
        }
    }

    /// <summary>The points of a list as a span, without copying when it is an array or a <see cref="List{T}"/>.</summary>
    public static ReadOnlySpan<WatchPoint> AsSpan(IReadOnlyList<WatchPoint> points) => points switch
    {
        WatchPoint[] array => array,
        List<WatchPoint> list => CollectionsMarshal.AsSpan(list),
        _ => points.ToArray(),
    };
}
