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

    /// <summary>Refuses a point that is not a WGS84 position or has a negative or infinite weight.</summary>
    public static void Check(IReadOnlyList<WatchPoint> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (!(Math.Abs(p.Longitude) <= 180 && Math.Abs(p.Latitude) <= 90 && p.Weight >= 0 && double.IsFinite(p.Weight)))
            {
                throw new WatchGridException(GridRefusal.InvalidPoint, i + 1);
            }
        }
    }

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
