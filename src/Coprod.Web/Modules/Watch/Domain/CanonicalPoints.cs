using System.Runtime.Intrinsics;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Checks the points and puts the placed ones in one fixed order, cell by cell and within a cell by
/// plane position then weight, so that every floating-point sum over them is done in the same order
/// whatever order they came in: the same events give bit-for-bit the same map (VEI-3).
/// </summary>
/// <remarks>
/// Ordering by cell first is a counting sort (linear), leaving only a few points per cell to sort; a
/// full sort of 100,000 points cost several times the rest of the grid. Two points equal in plane
/// position and weight are interchangeable for every computation that follows.
/// </remarks>
internal static class CanonicalPoints
{
    private const int InsertionSortLength = 16;


    private static readonly Comparer<GriddedPoint> WithinCell = Comparer<GriddedPoint>.Create(Compare);

    /// <summary>
    /// Refuses a point that is not a WGS84 position or has a negative or infinite weight; gives the
    /// points' longitude/latitude box (null when there are none) and whether every weight is 1 (then
    /// the cells' sums are whole numbers, the same in any order).
    /// </summary>
    public static (Envelope? Box, bool UnitWeights) Survey(ReadOnlySpan<WatchPoint> points)
    {
        var (box, unitWeights, valid) = SurveyRange(points);
        if (!valid)
        {
            ThrowAtFirstInvalid(points);
        }
        return (box, unitWeights);
    }

    private static (Envelope? Box, bool UnitWeights, bool Valid) SurveyRange(ReadOnlySpan<WatchPoint> points)
    {
        if (points.IsEmpty)
        {
            return (null, true, true);
        }
        // Four points at a time; the lanes of the last vector repeat the last point.
        var (lonMin, lonMax) = (Vector256.Create(points[0].Longitude), Vector256.Create(points[0].Longitude));
        var (latMin, latMax) = (Vector256.Create(points[0].Latitude), Vector256.Create(points[0].Latitude));
        var (valid, unit) = (Vector256<double>.AllBitsSet, Vector256<double>.AllBitsSet);
        var (lonLimit, latLimit, one) = (Vector256.Create(180.0), Vector256.Create(90.0), Vector256<double>.One);
        var (zero, infinity) = (Vector256<double>.Zero, Vector256.Create(double.PositiveInfinity));
        for (var i = 0; i < points.Length; i += 4)
        {
            var (a, b, c, d) = (points[i], points[Math.Min(i + 1, points.Length - 1)], points[Math.Min(i + 2, points.Length - 1)], points[Math.Min(i + 3, points.Length - 1)]);
            var lon = Vector256.Create(a.Longitude, b.Longitude, c.Longitude, d.Longitude);
            var lat = Vector256.Create(a.Latitude, b.Latitude, c.Latitude, d.Latitude);
            var weight = Vector256.Create(a.Weight, b.Weight, c.Weight, d.Weight);
            // Written so that NaN fails every test.
            valid &= Vector256.LessThanOrEqual(Vector256.Abs(lon), lonLimit) & Vector256.LessThanOrEqual(Vector256.Abs(lat), latLimit)
                & Vector256.GreaterThanOrEqual(weight, zero) & Vector256.LessThan(weight, infinity);
            unit &= Vector256.Equals(weight, one);
            (lonMin, lonMax) = (Vector256.Min(lonMin, lon), Vector256.Max(lonMax, lon));
            (latMin, latMax) = (Vector256.Min(latMin, lat), Vector256.Max(latMax, lat));
        }
        // Masks are read by their sign bits: as doubles, all bits set is a NaN, equal to nothing.
        if (Vector256.ExtractMostSignificantBits(valid) != 0b1111)
        {
            return (null, false, false);
        }
        return (new Envelope(Min(lonMin), Max(lonMax), Min(latMin), Max(latMax)), Vector256.ExtractMostSignificantBits(unit) == 0b1111, true);
    }

    private static void ThrowAtFirstInvalid(ReadOnlySpan<WatchPoint> points)
    {
        for (var i = 0; i < points.Length; i++)
        {
            var p = points[i];
            if (!(Math.Abs(p.Longitude) <= 180 && Math.Abs(p.Latitude) <= 90 && p.Weight >= 0 && double.IsFinite(p.Weight)))
            {
                throw new WatchGridException(GridRefusal.InvalidPoint, i + 1);
            }
        }
    }

    private static double Min(Vector256<double> v) => Math.Min(Math.Min(v[0], v[1]), Math.Min(v[2], v[3]));

    private static double Max(Vector256<double> v) => Math.Max(Math.Max(v[0], v[1]), Math.Max(v[2], v[3]));

    /// <summary>The first <paramref name="count"/> placed points, by cell (of <paramref name="cells"/>), then X, Y and weight.</summary>
    public static GriddedPoint[] ByCell(GriddedPoint[] placed, int count, int cells)
    {
        var start = new int[cells + 1];
        for (var i = 0; i < count; i++)
        {
            start[placed[i].Cell + 1]++;
        }
        for (var k = 0; k < cells; k++)
        {
            start[k + 1] += start[k];
        }
        var next = start[..cells];
        var ordered = new GriddedPoint[count];
        for (var i = 0; i < count; i++)
        {
            ordered[next[placed[i].Cell]++] = placed[i];
        }
        for (var k = 0; k < cells; k++)
        {
            var length = start[k + 1] - start[k];
            if (length > InsertionSortLength)
            {
                Array.Sort(ordered, start[k], length, WithinCell);
            }
            else if (length > 1)
            {
                InsertionSort(ordered.AsSpan(start[k], length));
            }
        }
        return ordered;
    }

    /// <summary>Most cells hold a handful of points: sorting them in place costs less than a call to <see cref="Array.Sort{T}(T[], int, int, IComparer{T})"/>.</summary>
    private static void InsertionSort(Span<GriddedPoint> points)
    {
        for (var i = 1; i < points.Length; i++)
        {
            var point = points[i];
            var j = i - 1;
            for (; j >= 0 && Compare(points[j], point) > 0; j--)
            {
                points[j + 1] = points[j];
            }
            points[j + 1] = point;
        }
    }

    private static int Compare(GriddedPoint a, GriddedPoint b)
    {
        var c = a.X.CompareTo(b.X);
        if (c != 0)
        {
            return c;
        }
        c = a.Y.CompareTo(b.Y);
        return c != 0 ? c : a.Weight.CompareTo(b.Weight);
    }
}
