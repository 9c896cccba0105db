using BenchmarkDotNet.Attributes;
using Coprod.Web.Modules.Territory.Domain;
using NetTopologySuite.Geometries;

namespace Coprod.Bench.Territory;

/// <summary>
/// Cost of placing points in a partnership's areas with the module's own <see cref="AreaIndex.Locate"/>
/// (STR-tree over the envelopes, prepared outlines, validity filter, smallest first), against the naive
/// way: <see cref="Geometry.Contains"/> of every area's polygon for every point. The index is built here
/// directly from <see cref="IndexedArea"/>s, as <c>AreaIndexCache</c> builds it from the database rows,
/// so no database is involved. The areas are a synthetic tiling of a city-sized box (about 8 × 6 km
/// around Grenoble): a jittered grid whose cells are 16-vertex polygons with wavy edges, all valid on the day
/// asked; the points are uniform in the box with a fixed seed. Each point falls in exactly one area.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class AreaLocateBenchmarks
{
    private const double West = 5.68, South = 45.15, East = 5.78, North = 45.205;
    private const int Columns = 25, Rows = 20; // 500 areas
    private const int SegmentsPerEdge = 4;

    private static readonly DateOnly Day = new(2026, 3, 1);

    private AreaIndex _index = null!;
    private Polygon[] _polygons = [];
    private Point[] _points = [];

    [Params(10_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var factory = AreaGeometry.Services.CreateGeometryFactory();
        var random = new Random(20260301);
        _polygons = Tiling(factory, random);
        var areas = _polygons.Select((polygon, i) => new IndexedArea(
            new AreaSummary(new Guid(i, 0, 0, new byte[8]), $"Quartier {i + 1}", AreaKind.Quartier, "38185", null, new DateOnly(2020, 1, 1), null, Guid.Empty),
            polygon));
        _index = new AreaIndex(areas);
        _points = new Point[Points];
        for (var i = 0; i < Points; i++)
        {
            _points[i] = factory.CreatePoint(new Coordinate(West + random.NextDouble() * (East - West), South + random.NextDouble() * (North - South)));
        }
        var naive = Naive();
        var indexed = Indexed();
        if (naive != Points || indexed != Points)
        {
            throw new InvalidOperationException($"Expected each of {Points} points in exactly one area: naive {naive}, index {indexed}.");
        }
    }

    /// <summary>Every polygon's Contains for every point.</summary>
    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var hits = 0;
        foreach (var point in _points)
        {
            foreach (var polygon in _polygons)
            {
                if (polygon.Contains(point))
                {
                    hits++;
                }
            }
        }
        return hits;
    }

    /// <summary>The module's lookup: <see cref="AreaIndex.Locate"/> for every point.</summary>
    [Benchmark]
    public int Indexed()
    {
        var hits = 0;
        foreach (var point in _points)
        {
            hits += _index.Locate(point, Day).Count;
        }
        return hits;
    }

    /// <summary>
    /// A grid of (Columns+1) × (Rows+1) corners jittered by up to a fifth of a cell, and each edge cut in
    /// <see cref="SegmentsPerEdge"/> with its inner vertices pushed sideways by up to a twentieth of a cell.
    /// Neighbouring cells share the same edge vertices, so the cells tile the box without gap or overlap.
    /// </summary>
    private static Polygon[] Tiling(GeometryFactory factory, Random random)
    {
        var dx = (East - West) / Columns;
        var dy = (North - South) / Rows;
        var corners = new Coordinate[Columns + 1, Rows + 1];
        for (var i = 0; i <= Columns; i++)
        {
            for (var j = 0; j <= Rows; j++)
            {
                // Corners on the outline of the box stay on it, so the points drawn in the box are all covered.
                var x = West + i * dx + (i is 0 || i == Columns ? 0 : (random.NextDouble() - 0.5) * 0.4 * dx);
                var y = South + j * dy + (j is 0 || j == Rows ? 0 : (random.NextDouble() - 0.5) * 0.4 * dy);
                corners[i, j] = new Coordinate(x, y);
            }
        }
        // Inner vertices of each edge, from its first corner to its second; outline edges stay straight.
        var horizontal = new Coordinate[Columns, Rows + 1][]; // corners[i, j] → corners[i + 1, j]
        var vertical = new Coordinate[Columns + 1, Rows][]; // corners[i, j] → corners[i, j + 1]
        for (var i = 0; i < Columns; i++)
        {
            for (var j = 0; j <= Rows; j++)
            {
                horizontal[i, j] = Wave(corners[i, j], corners[i + 1, j], 0, j is 0 || j == Rows ? 0 : dy, random);
            }
        }
        for (var i = 0; i <= Columns; i++)
        {
            for (var j = 0; j < Rows; j++)
            {
                vertical[i, j] = Wave(corners[i, j], corners[i, j + 1], i is 0 || i == Columns ? 0 : dx, 0, random);
            }
        }
        var polygons = new Polygon[Columns * Rows];
        for (var i = 0; i < Columns; i++)
        {
            for (var j = 0; j < Rows; j++)
            {
                // Counter-clockwise: bottom, right, top (reversed), left (reversed).
                var ring = new List<Coordinate> { corners[i, j] };
                ring.AddRange(horizontal[i, j]);
                ring.Add(corners[i + 1, j]);
                ring.AddRange(vertical[i + 1, j]);
                ring.Add(corners[i + 1, j + 1]);
                ring.AddRange(horizontal[i, j + 1].Reverse());
                ring.Add(corners[i, j + 1]);
                ring.AddRange(vertical[i, j].Reverse());
                ring.Add(corners[i, j]);
                var polygon = factory.CreatePolygon(ring.Select(c => c.Copy()).ToArray());
                if (!polygon.IsValid)
                {
                    throw new InvalidOperationException($"Synthetic area {i},{j} is not valid: change the seed or the jitter.");
                }
                polygons[i * Rows + j] = polygon;
            }
        }
        return polygons;
    }

    private static Coordinate[] Wave(Coordinate from, Coordinate to, double sideX, double sideY, Random random)
    {
        var inner = new Coordinate[SegmentsPerEdge - 1];
        for (var k = 1; k < SegmentsPerEdge; k++)
        {
            var t = (double)k / SegmentsPerEdge;
            var push = (random.NextDouble() - 0.5) * 0.1;
            inner[k - 1] = new Coordinate(from.X + t * (to.X - from.X) + push * sideX, from.Y + t * (to.Y - from.Y) + push * sideY);
        }
        return inner;
    }
}
