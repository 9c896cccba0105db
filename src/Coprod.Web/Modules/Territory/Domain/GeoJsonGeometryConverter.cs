using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// A geometry that serialises as a GeoJSON geometry object. The converter sits on this wrapper
/// type, so the host's JSON options stay untouched and the OpenAPI document shows an open schema
/// instead of NetTopologySuite's object model.
/// </summary>
[JsonConverter(typeof(GeoJsonGeometryConverter))]
public sealed record GeoJsonGeometry(Geometry Value);

/// <summary>Reads and writes <see cref="GeoJsonGeometry"/> with NetTopologySuite's GeoJSON converters.</summary>
public sealed class GeoJsonGeometryConverter : JsonConverter<GeoJsonGeometry>
{
    public override GeoJsonGeometry? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Geometry>(ref reader, AreaGeometry.GeoJson) is { } geometry ? new GeoJsonGeometry(geometry) : null;

    public override void Write(Utf8JsonWriter writer, GeoJsonGeometry value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value.Value, AreaGeometry.GeoJson);
}
