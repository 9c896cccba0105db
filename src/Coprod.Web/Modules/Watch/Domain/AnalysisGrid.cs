using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// A regular square grid over a study extent, in the local plane of the extent's centre, with the
/// events placed in its cells. The extent is the bounding box of the boundary when there is one, else
/// of the points; the grid lines pass through the plane's centre, every multiple of the cell side,
/// and the grid covers the extent with whole cells.
/// </summary>
/// <remarks>
/// With a boundary, only the cells that touch it are analysed (a cell wholly outside a commune
/// cannot hold its events and would pull the mean down), and only the points on or inside it are
/// counted; the others are reported as outside. The plane's centre is the centre of the extent's
/// longitude/latitude box, which depends on nothing but the extremes, so on no input order.
/// </remarks>
internal sealed class AnalysisGrid
{
    private readonly Lazy<GeoPosition[]> _lattice, _centres;
    private readonly CellWindow _window;
    private readonly IReadOnlyList<WatchPoint> _input;
    private readonly IPreparedGeometry? _boundary;
    private readonly int[] _counts;
    private GriddedPoint[]? _points;

    private AnalysisGrid(LocalProjection projection, double cellSize, CellWindow window, IReadOnlyList<WatchPoint> points,
        IPreparedGeometry? boundary, PointPlacer.Tally tally)
    {
        Projection = projection;
        CellSize = cellSize;
        _window = window;
        OriginX = window.West * cellSize;
        OriginY = window.South * cellSize;
        Columns = window.Columns;
        Rows = window.Rows;
        // Cells' corners and centres on the ellipsoid, row by row from the south-west, when first asked for.
        _lattice = new(() => PlaneUnprojector.Lattice(projection, OriginX, OriginY, cellSize, Columns + 1, Rows + 1), LazyThreadSafetyMode.None);
        _centres = new(() => PlaneUnprojector.Lattice(projection, OriginX + cellSize / 2, OriginY + cellSize / 2, cellSize, Columns, Rows),
            LazyThreadSafetyMode.None);
        (_input, _boundary, _counts) = (points, boundary, tally.Counts);
        (PointsInside, PointsOutside) = (tally.Inside, tally.Outside);
        Analysed = new bool[window.Columns * window.Rows];
    }

    public LocalProjection Projection { get; }

    public double CellSize { get; }

    /// <summary>West edge of the grid, in metres east of the plane's centre.</summary>
    public double OriginX { get; }

    /// <summary>South edge of the grid, in metres north of the plane's centre.</summary>
    public double OriginY { get; }

    public int Columns { get; }

    public int Rows { get; }

    /// <summary>Per cell (row by row from the south-west): whether it is in the study area.</summary>
    public bool[] Analysed { get; }

    /// <summary>The points in the study area, in canonical order (<see cref="CanonicalPoints.ByCell"/>), put in that order when first asked for.</summary>
    public GriddedPoint[] Points => _points ??=
        CanonicalPoints.ByCell(PointPlacer.Placed(Projection, CellSize, _window, _input, _boundary, PointsInside), PointsInside, Columns * Rows);

    /// <summary>How many points are in the study area.</summary>
    public int PointsInside { get; }

    /// <summary>Points left out because they are outside the boundary.</summary>
    public int PointsOutside { get; }

    /// <summary>Whether every point weighs 1.</summary>
    public bool UnitWeights { get; private init; }

    public GridFrame Frame => new(Projection.Centre, CellSize, Columns, Rows, OriginX, OriginY);

    /// <summary>Refuses a cell side outside <see cref="GridLimits.MinCellSize"/>..<see cref="GridLimits.MaxCellSize"/>.</summary>
    public static void CheckCellSize(double cellSize)
    {
        if (!(cellSize >= GridLimits.MinCellSize && cellSize <= GridLimits.MaxCellSize))
        {
            throw new WatchGridException(GridRefusal.CellSizeOutOfRange, GridLimits.MinCellSize, GridLimits.MaxCellSize, cellSize);
        }
    }

    /// <summary>
    /// Refuses a cell side out of range, then a neighbourhood (<paramref name="reach"/> metres: a hotspot band or a
    /// kernel bandwidth) under one cell side or over <paramref name="maxCells"/> of them, with <paramref name="refusal"/>.
    /// </summary>
    public static void CheckReach(double cellSize, double reach, int maxCells, GridRefusal refusal)
    {
        CheckCellSize(cellSize);
        if (!(reach >= cellSize && reach <= maxCells * cellSize))
        {
            throw new WatchGridException(refusal, cellSize, maxCells * cellSize, reach);
        }
    }

    /// <summary>Builds the grid and places the points; throws <see cref="WatchGridException"/> when a limit is crossed.</summary>
    public static AnalysisGrid Build(IReadOnlyList<WatchPoint> points, double cellSize, Geometry? boundary)
    {
        CheckCellSize(cellSize);
        points = PointPlacer.Spannable(points);
        var (box, unitWeights) = CanonicalPoints.Survey(PlaneProjector.AsSpan(points));
        var extent = boundary is null ? box ?? throw new WatchGridException(GridRefusal.NothingToMap) : BoundaryExtent(boundary);
        if (extent.Width > GridLimits.MaxExtentDegrees || extent.Height > GridLimits.MaxExtentDegrees)
        {
            throw new WatchGridException(GridRefusal.ExtentTooWide, extent.Width, extent.Height, GridLimits.MaxExtentDegrees);
        }
        var projection = new LocalProjection(new GeoPosition(extent.Centre.X, extent.Centre.Y));
        var prepared = boundary is null ? null : PreparedGeometryFactory.Prepare(boundary);
        var (window, tally) = boundary is null ? PlacePoints(projection, cellSize, points, extent) : PlaceInBoundary(projection, cellSize, points, prepared!);
        var grid = new AnalysisGrid(projection, cellSize, window, points, prepared, tally) { UnitWeights = unitWeights };
        grid.MarkAnalysed();
        return grid;
    }

    public int IndexOf(int column, int row) => row * Columns + column;

    /// <summary>The cells in the study area, row by row from the south-west, with their index.</summary>
    public IEnumerable<(int Column, int Row, int Index)> AnalysedCells()
    {
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                var k = IndexOf(column, row);
                if (Analysed[k])
                {
                    yield return (column, row, k);
                }
            }
        }
    }

    public GeoPosition Centre(int column, int row) => _centres.Value[IndexOf(column, row)];

    public CellOutline Outline(int column, int row)
    {
        var lattice = _lattice.Value;
        var sw = row * (Columns + 1) + column;
        var nw = sw + Columns + 1;
        return new CellOutline(lattice[sw], lattice[sw + 1], lattice[nw + 1], lattice[nw]);
    }

    /// <summary>
    /// Number of points and sum of their weights in each cell. Weights of 1 add up to whole numbers,
    /// exactly in any order; other weights are summed in canonical order.
    /// </summary>
    public (int[] Counts, double[] Values) Tally()
    {
        var counts = _counts;
        var values = new double[counts.Length];
        if (UnitWeights)
        {
            for (var k = 0; k < counts.Length; k++)
            {
                values[k] = counts[k];
            }
            return (counts, values);
        }
        foreach (var p in Points)
        {
            values[p.Cell] += p.Weight;
        }
        return (counts, values);
    }

    /// <summary>
    /// Without a boundary, the grid is the smallest window that holds every point. They are counted in one
    /// pass over a window that surely holds them (<see cref="PointPlacer.BoxWindow"/>), which is then
    /// cropped to the cells they occupy; should a point fall outside it, or the window be too large to
    /// count in, the points' extent is measured first (a second pass).
    /// </summary>
    private static (CellWindow, PointPlacer.Tally) PlacePoints(LocalProjection projection, double cellSize, IReadOnlyList<WatchPoint> points, Envelope box)
    {
        var surely = PointPlacer.BoxWindow(projection, box, cellSize);
        if (surely.Cells <= 2L * GridLimits.MaxCells)
        {
            var tally = PointPlacer.Count(projection, cellSize, surely, points, null);
            if (tally.Outside == 0 && surely.Occupied(tally.Counts) is { } occupied)
            {
                CheckCells(occupied);
                return (occupied, tally with { Counts = surely.Crop(tally.Counts, occupied) });
            }
        }
        var window = CellWindow.Covering(PointPlacer.PlaneExtent(projection, PlaneProjector.AsSpan(points)), cellSize);
        CheckCells(window);
        return (window, PointPlacer.Count(projection, cellSize, window, points, null));
    }

    /// <summary>With a boundary, the grid is the smallest window that holds the boundary; the points off it or outside the boundary are left out.</summary>
    private static (CellWindow, PointPlacer.Tally) PlaceInBoundary(LocalProjection projection, double cellSize, IReadOnlyList<WatchPoint> points,
        IPreparedGeometry boundary)
    {
        var plane = new Envelope();
        foreach (var c in boundary.Geometry.Coordinates)
        {
            var (x, y) = projection.Forward(c.X, c.Y);
            plane.ExpandToInclude(x, y);
        }
        var window = CellWindow.Covering(plane, cellSize);
        CheckCells(window);
        return (window, PointPlacer.Count(projection, cellSize, window, points, boundary));
    }

    private static void CheckCells(CellWindow window)
    {
        if (window.Cells > GridLimits.MaxCells)
        {
            throw new WatchGridException(GridRefusal.TooManyCells, window.Cells, GridLimits.MaxCells);
        }
    }

    /// <summary>Marks the analysed cells: every one without a boundary; with one, those it touches and those holding a point.</summary>
    private void MarkAnalysed()
    {
        if (_boundary is null)
        {
            Array.Fill(Analysed, true);
            return;
        }
        var factory = _boundary.Geometry.Factory;
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                // A point on the boundary line may sit in a cell whose corners, rounded, miss the boundary: its cell is in.
                var k = IndexOf(column, row);
                Analysed[k] = _counts[k] > 0 || _boundary.Intersects(Outline(column, row).ToPolygon(factory));
            }
        }
    }

    private static Envelope BoundaryExtent(Geometry boundary)
    {
        var wgs84 = boundary.Coordinates.All(c => Math.Abs(c.X) <= 180 && Math.Abs(c.Y) <= 90);
        if (boundary is not (Polygon or MultiPolygon) || boundary.IsEmpty || !wgs84 || !boundary.IsValid)
        {
            throw new WatchGridException(GridRefusal.InvalidBoundary);
        }
        return boundary.EnvelopeInternal;
    }
}
