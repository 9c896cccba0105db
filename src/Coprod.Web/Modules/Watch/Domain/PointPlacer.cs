using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Projects points block by block (<see cref="PlaneProjector"/>) and gives each its cell of a
/// <see cref="CellWindow"/>, or none when it is off the window or not covered by the boundary. Nothing
/// the size of the input is kept: counting needs one pass; the list of placed points (for the sums
/// that depend on the order) projects them again through the same code, so to the same bits.
/// </summary>
/// <remarks>
/// Without a boundary, a large input is counted in two halves on two threads, each into its own
/// counts, then added: whole numbers, so the same result as one thread.
/// </remarks>
internal static class PointPlacer
{
    /// <summary>Points per block: the block's positions and cells stay in the fastest cache.</summary>
    private const int BlockSize = 512;

    /// <summary>Below this many points a second thread costs more than it saves.</summary>
    private const int ParallelThreshold = 200_000;

    /// <summary>What a counting pass found: counts per cell of the window, points placed and left out.</summary>
    public sealed record Tally(int[] Counts, int Inside, int Outside)
    {
        public Tally Add(Tally other)
        {
            for (var k = 0; k < Counts.Length; k++)
            {
                Counts[k] += other.Counts[k];
            }
            return new Tally(Counts, Inside + other.Inside, Outside + other.Outside);
        }
    }

    /// <summary>The points as a list whose span can be taken without copying (an array or a <see cref="List{T}"/>).</summary>
    public static IReadOnlyList<WatchPoint> Spannable(IReadOnlyList<WatchPoint> points) =>
        points is WatchPoint[] or List<WatchPoint> ? points : points.ToArray();

    /// <summary>Counts the points of each cell of <paramref name="window"/>.</summary>
    public static Tally Count(LocalProjection projection, double side, CellWindow window, IReadOnlyList<WatchPoint> points, IPreparedGeometry? boundary)
    {
        if (boundary is not null || points.Count < ParallelThreshold || Environment.ProcessorCount < 2)
        {
            return CountRange(projection, side, window, points, 0, points.Count, boundary);
        }
        var half = points.Count / 2;
        var second = Task.Run(() => CountRange(projection, side, window, points, half, points.Count - half, null));
        var first = CountRange(projection, side, window, points, 0, half, null);
        return first.Add(second.GetAwaiter().GetResult());
    }

    /// <summary>The points of the window (covered by the boundary) with their plane position, weight and cell, in input order.</summary>
    public static GriddedPoint[] Placed(LocalProjection projection, double side, CellWindow window, IReadOnlyList<WatchPoint> points,
        IPreparedGeometry? boundary, int inside)
    {
        var placed = new GriddedPoint[inside];
        var input = PlaneProjector.AsSpan(points);
        Span<double> x = stackalloc double[BlockSize], y = stackalloc double[BlockSize];
        Span<int> cells = stackalloc int[BlockSize];
        var count = 0;
        for (var start = 0; start < input.Length; start += BlockSize)
        {
            var block = input.Slice(start, Math.Min(BlockSize, input.Length - start));
            Place(projection, side, window, boundary, block, cells);
            PlaneProjector.Project(projection, block, x, y);
            for (var k = 0; k < block.Length; k++)
            {
                if (cells[k] >= 0)
                {
                    // Adding +0 turns −0 into +0: they compare equal, so they must not be different bits either.
                    placed[count++] = new GriddedPoint(x[k], y[k], block[k].Weight + 0.0, cells[k]);
                }
            }
        }
        return placed;
    }

    /// <summary>The bounding box of the points in the plane of <paramref name="projection"/>.</summary>
    public static Envelope PlaneExtent(LocalProjection projection, ReadOnlySpan<WatchPoint> points)
    {
        Span<double> x = stackalloc double[BlockSize], y = stackalloc double[BlockSize];
        var (minX, maxX, minY, maxY) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        for (var start = 0; start < points.Length; start += BlockSize)
        {
            var block = points.Slice(start, Math.Min(BlockSize, points.Length - start));
            PlaneProjector.Project(projection, block, x, y);
            for (var k = 0; k < block.Length; k++)
            {
                (minX, maxX) = (Math.Min(minX, x[k]), Math.Max(maxX, x[k]));
                (minY, maxY) = (Math.Min(minY, y[k]), Math.Max(maxY, y[k]));
            }
        }
        return new Envelope(minX, maxX, minY, maxY);
    }

    /// <summary>
    /// A window that holds the plane image of a longitude/latitude box, with two cells to spare on each
    /// side. x = p·sin Δλ is largest in size on the box's east and west edges, at the latitude nearest
    /// the equator; y changes with Δλ only through cos Δλ, so it is extreme on the north and south
    /// edges, at the centre's longitude or at a corner: the corners, those two points and the equator's
    /// crossings of the east and west edges bound the image.
    /// </summary>
    public static CellWindow BoxWindow(LocalProjection projection, Envelope box, double side)
    {
        var plane = new Envelope();
        void Add(double longitude, double latitude)
        {
            var (x, y) = projection.Forward(longitude, latitude);
            plane.ExpandToInclude(x, y);
        }
        foreach (var latitude in new[] { box.MinY, box.MaxY })
        {
            Add(box.MinX, latitude);
            Add(box.MaxX, latitude);
            Add(projection.Centre.Longitude, latitude);
        }
        if (box.MinY < 0 && box.MaxY > 0)
        {
            Add(box.MinX, 0);
            Add(box.MaxX, 0);
        }
        plane.ExpandBy(2 * side);
        return CellWindow.Covering(plane, side);
    }

    private static Tally CountRange(LocalProjection projection, double side, CellWindow window, IReadOnlyList<WatchPoint> points, int start, int length,
        IPreparedGeometry? boundary)
    {
        var input = PlaneProjector.AsSpan(points).Slice(start, length);
        var counts = new int[window.Columns * window.Rows];
        Span<int> cells = stackalloc int[BlockSize];
        var inside = 0;
        for (var first = 0; first < input.Length; first += BlockSize)
        {
            var block = input.Slice(first, Math.Min(BlockSize, input.Length - first));
            Place(projection, side, window, boundary, block, cells);
            foreach (var cell in cells[..block.Length])
            {
                if (cell >= 0)
                {
                    counts[cell]++;
                    inside++;
                }
            }
        }
        return new Tally(counts, inside, length - inside);
    }

    private static void Place(LocalProjection projection, double side, CellWindow window, IPreparedGeometry? boundary,
        ReadOnlySpan<WatchPoint> block, Span<int> cells)
    {
        PlaneProjector.Cells(projection, block, side, window, cells);
        if (boundary is not null)
        {
            for (var k = 0; k < block.Length; k++)
            {
                cells[k] = cells[k] >= 0 && Covered(boundary, block[k]) ? cells[k] : -1;
            }
        }
    }

    private static bool Covered(IPreparedGeometry boundary, WatchPoint point) =>
        boundary.Covers(boundary.Geometry.Factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude)));
}
