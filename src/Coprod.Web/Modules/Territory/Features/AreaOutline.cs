using System.Text.Json.Serialization;
using Coprod.Web.Modules.Territory.Domain;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>An area with its outline as a GeoJSON geometry (longitude, latitude).</summary>
public sealed record AreaOutline : AreaSummary
{
    public AreaOutline(AreaSummary area, Geometry geometry) : base(area) => Geometry = geometry;

    [JsonConverter(typeof(GeoJsonGeometryConverter))]
    public Geometry Geometry { get; }

    public static AreaOutline From(IndexedArea area) => new(area.Area, area.Geometry);
}
