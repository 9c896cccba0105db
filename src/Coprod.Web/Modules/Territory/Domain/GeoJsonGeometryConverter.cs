using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// Writes a geometry property as a GeoJSON geometry object. Put on the property, so the host's
/// JSON options and the OpenAPI document (an open schema) are left alone.
/// </summary>
public sealed class GeoJsonGeometryConverter : JsonConverter<Geometry>
{
    public override Geometry? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Geometry>(ref reader, AreaGeometry.GeoJson);

    public override void Write(Utf8JsonWriter writer, Geometry value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, AreaGeometry.GeoJson);
}
