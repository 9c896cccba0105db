using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// Every area of one partnership (all versions), parsed once, with an STR-tree over their
/// envelopes and prepared outlines for fast point-in-polygon. Immutable once built, so it is
/// shared by concurrent requests.
/// </summary>
public sealed class AreaIndex
{
    private readonly STRtree<IndexedArea> _tree = new();

    public AreaIndex(IEnumerable<IndexedArea> areas)
    {
        Areas = areas.ToList();
        foreach (var area in Areas)
        {
            _tree.Insert(area.Geometry.EnvelopeInternal, area);
        }
        _tree.Build();
    }

    public IReadOnlyList<IndexedArea> Areas { get; }

    /// <summary>Areas valid on <paramref name="day"/>, in name order.</summary>
    public IReadOnlyList<IndexedArea> ValidOn(DateOnly day) =>
        Areas.Where(a => a.Area.IsValidOn(day))
            .OrderBy(a => a.Area.CommuneInsee, StringComparer.Ordinal)
            .ThenBy(a => a.Area.Kind)
            .ThenBy(a => a.Area.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

    /// <summary>Areas valid on <paramref name="day"/> whose outline covers the point (boundary included), smallest first.</summary>
    public IReadOnlyList<IndexedArea> Locate(Point point, DateOnly day) =>
        _tree.Query(point.EnvelopeInternal)
            .Where(a => a.Area.IsValidOn(day) && a.Prepared.Covers(point))
            .OrderBy(a => a.Geometry.Area)
            .ToList();
}

/// <summary>An area with its parsed and prepared outline.</summary>
public sealed class IndexedArea(AreaSummary area, Geometry geometry)
{
    public AreaSummary Area { get; } = area;

    public Geometry Geometry { get; } = geometry;

    public IPreparedGeometry Prepared { get; } = PreparedGeometryFactory.Prepare(geometry);

    public static IndexedArea From(Area area) => new(AreaSummary.From(area), AreaGeometry.FromWkb(area.Geometry));
}
