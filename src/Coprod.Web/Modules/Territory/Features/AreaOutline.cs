using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>An area with its outline as a GeoJSON geometry (longitude, latitude).</summary>
public sealed record AreaOutline : AreaSummary
{
    public AreaOutline(AreaSummary area, GeoJsonGeometry geometry) : base(area) => Geometry = geometry;

    public GeoJsonGeometry Geometry { get; }

    public static AreaOutline From(IndexedArea area) => new(area.Area, new GeoJsonGeometry(area.Geometry));
}
