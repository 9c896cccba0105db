using System.Text.Json.Serialization;
using Coprod.Web.Modules.Territory.Domain;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>An area without its outline; <see cref="Version"/> is the concurrency token to send back when retiring it.</summary>
public record AreaSummary(
    Guid Id,
    string Name,
    AreaKind Kind,
    string CommuneInsee,
    string? Code,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    Guid Version)
{
    public static AreaSummary From(IndexedArea a) => new(a.Id, a.Name, a.Kind, a.CommuneInsee, a.Code, a.ValidFrom, a.ValidUntil, a.Version);

    public static AreaSummary From(Area a) => new(a.Id, a.Name, a.Kind, a.CommuneInsee, a.Code, a.ValidFrom, a.ValidUntil, a.Version);
}

/// <summary>An area with its outline as a GeoJSON geometry (longitude, latitude).</summary>
public sealed record AreaOutline(
    Guid Id,
    string Name,
    AreaKind Kind,
    string CommuneInsee,
    string? Code,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    Guid Version,
    [property: JsonConverter(typeof(GeoJsonGeometryConverter))] Geometry Geometry)
    : AreaSummary(Id, Name, Kind, CommuneInsee, Code, ValidFrom, ValidUntil, Version)
{
    public static AreaOutline FromIndexed(IndexedArea a) =>
        new(a.Id, a.Name, a.Kind, a.CommuneInsee, a.Code, a.ValidFrom, a.ValidUntil, a.Version, a.Geometry);
}
