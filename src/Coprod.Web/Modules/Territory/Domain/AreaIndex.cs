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
        Areas.Where(a => Area.IsValidOn(a.ValidFrom, a.ValidUntil, day))
            .OrderBy(a => a.CommuneInsee, StringComparer.Ordinal)
            .ThenBy(a => a.Kind)
            .ThenBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

    /// <summary>Areas valid on <paramref name="day"/> whose outline covers the point (boundary included), smallest first.</summary>
    public IReadOnlyList<IndexedArea> Locate(Point point, DateOnly day) =>
        _tree.Query(point.EnvelopeInternal)
            .Where(a => Area.IsValidOn(a.ValidFrom, a.ValidUntil, day) && a.Prepared.Covers(point))
            .OrderBy(a => a.Geometry.Area)
            .ToList();
}

/// <summary>An area with its parsed outline.</summary>
public sealed record IndexedArea(
    Guid Id,
    string Name,
    AreaKind Kind,
    string CommuneInsee,
    string? Code,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    Guid Version,
    Geometry Geometry)
{
    public IPreparedGeometry Prepared { get; } = PreparedGeometryFactory.Prepare(Geometry);

    public static IndexedArea From(Area area) => new(area.Id, area.Name, area.Kind, area.CommuneInsee, area.Code,
        area.ValidFrom, area.ValidUntil, area.Version, AreaGeometry.FromWkb(area.Geometry));
}
