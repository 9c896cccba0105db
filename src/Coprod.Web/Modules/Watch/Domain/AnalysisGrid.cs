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
    private readonly GeoPosition[] _lattice;

    private AnalysisGrid(LocalProjection projection, double cellSize, double originX, double originY, int columns, int rows)
    {
        Projection = projection;
        CellSize = cellSize;
        OriginX = originX;
        OriginY = originY;
        Columns = columns;
        Rows = rows;
        _lattice = new GeoPosition[(columns + 1) * (rows + 1)];
        for (var j = 0; j <= rows; j++)
        {
            for (var i = 0; i <= columns; i++)
            {
                _lattice[j * (columns + 1) + i] = projection.Inverse(originX + i * cellSize, originY + j * cellSize);
            }
        }
        Analysed = new bool[columns * rows];
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

    /// <summary>The points in the study area, in canonical order (<see cref="CanonicalPoints.ByCell"/>).</summary>
    public GriddedPoint[] Points { get; private set; } = [];

    /// <summary>Points left out because they are outside the boundary.</summary>
    public int PointsOutside { get; private set; }

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
        CanonicalPoints.Check(points);
        var extent = boundary is null ? PointsExtent(points) : BoundaryExtent(boundary);
        if (extent.Width > GridLimits.MaxExtentDegrees || extent.Height > GridLimits.MaxExtentDegrees)
        {
            throw new WatchGridException(GridRefusal.ExtentTooWide, extent.Width, extent.Height, GridLimits.MaxExtentDegrees);
        }
        var projection = new LocalProjection(new GeoPosition(extent.Centre.X, extent.Centre.Y));
        var projected = new GriddedPoint[points.Count];
        for (var i = 0; i < projected.Length; i++)
        {
            // Adding +0 turns −0 into +0: they compare equal, so they must not be different bits either.
            var (x, y) = projection.Forward(points[i].Longitude + 0.0, points[i].Latitude + 0.0);
            projected[i] = new GriddedPoint(x, y, points[i].Weight + 0.0, -1);
        }
        var plane = new Envelope();
        if (boundary is null)
        {
            foreach (var p in projected)
            {
                plane.ExpandToInclude(p.X, p.Y);
            }
        }
        else
        {
            foreach (var c in boundary.Coordinates)
            {
                var (x, y) = projection.Forward(c.X, c.Y);
                plane.ExpandToInclude(x, y);
            }
        }
        var originX = Math.Floor(plane.MinX / cellSize) * cellSize;
        var originY = Math.Floor(plane.MinY / cellSize) * cellSize;
        var columns = (long)Math.Floor((plane.MaxX - originX) / cellSize) + 1;
        var rows = (long)Math.Floor((plane.MaxY - originY) / cellSize) + 1;
        if (columns * rows > GridLimits.MaxCells)
        {
            throw new WatchGridException(GridRefusal.TooManyCells, columns * rows, GridLimits.MaxCells);
        }
        var grid = new AnalysisGrid(projection, cellSize, originX, originY, (int)columns, (int)rows);
        grid.Place(points, projected, boundary is null ? null : PreparedGeometryFactory.Prepare(boundary));
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

    /// <summary>Centre of a cell in the plane, metres.</summary>
    public (double X, double Y) PlaneCentre(int column, int row) => (OriginX + (column + 0.5) * CellSize, OriginY + (row + 0.5) * CellSize);

    public GeoPosition Centre(int column, int row)
    {
        var (x, y) = PlaneCentre(column, row);
        return Projection.Inverse(x, y);
    }

    public CellOutline Outline(int column, int row)
    {
        var sw = row * (Columns + 1) + column;
        var nw = sw + Columns + 1;
        return new CellOutline(_lattice[sw], _lattice[sw + 1], _lattice[nw + 1], _lattice[nw]);
    }

    /// <summary>Number of points and sum of their weights in each cell, summed in canonical order.</summary>
    public (int[] Counts, double[] Values) Tally()
    {
        var counts = new int[Columns * Rows];
        var values = new double[Columns * Rows];
        foreach (var p in Points)
        {
            counts[p.Cell]++;
            values[p.Cell] += p.Weight;
        }
        return (counts, values);
    }

    /// <summary>Gives each projected point its cell, keeps those in the study area (compacted in place) and orders them.</summary>
    private void Place(IReadOnlyList<WatchPoint> points, GriddedPoint[] projected, IPreparedGeometry? boundary)
    {
        var factory = boundary?.Geometry.Factory;
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                Analysed[IndexOf(column, row)] = boundary is null || boundary.Intersects(Outline(column, row).ToPolygon(factory!));
            }
        }
        var count = 0;
        for (var i = 0; i < projected.Length; i++)
        {
            var p = projected[i];
            var column = (int)Math.Floor((p.X - OriginX) / CellSize);
            var row = (int)Math.Floor((p.Y - OriginY) / CellSize);
            var inside = column >= 0 && column < Columns && row >= 0 && row < Rows
                && (boundary is null || boundary.Covers(factory!.CreatePoint(new Coordinate(points[i].Longitude, points[i].Latitude))));
            if (!inside)
            {
                PointsOutside++;
                continue;
            }
            var cell = IndexOf(column, row);
            // A point on the boundary line may sit in a cell whose corners, rounded, miss the boundary: its cell is in.
            Analysed[cell] = true;
            projected[count++] = p with { Cell = cell };
        }
        Points = CanonicalPoints.ByCell(projected, count, Columns * Rows);
    }

    private static Envelope PointsExtent(IReadOnlyList<WatchPoint> points)
    {
        if (points.Count == 0)
        {
            throw new WatchGridException(GridRefusal.NothingToMap);
        }
        var envelope = new Envelope();
        for (var i = 0; i < points.Count; i++)
        {
            envelope.ExpandToInclude(points[i].Longitude, points[i].Latitude);
        }
        return envelope;
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
