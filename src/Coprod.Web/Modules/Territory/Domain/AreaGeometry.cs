using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>Reading, checking and storing area outlines (WGS84 longitude/latitude, SRID 4326).</summary>
public static class AreaGeometry
{
    public const int Srid = 4326;

    public static readonly NtsGeometryServices Services = new(PrecisionModel.Floating.Value, Srid);

    /// <summary>System.Text.Json options that read and write NetTopologySuite geometries as GeoJSON.</summary>
    public static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory(Services.CreateGeometryFactory()) } };

    /// <summary>Reads a GeoJSON geometry object; returns the French reason when it cannot be read or is not acceptable.</summary>
    public static string? TryRead(JsonElement element, IStringLocalizer<TerritoryText> t, out Geometry? geometry)
    {
        geometry = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return t["Import_GeometryMissing"];
        }
        try
        {
            geometry = element.Deserialize<Geometry>(GeoJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException or IndexOutOfRangeException)
        {
            return t["Import_GeometryUnreadable", e.Message];
        }
        return geometry is null ? t["Import_GeometryMissing"] : Check(geometry, t);
    }

    /// <summary>Polygon or MultiPolygon, not empty, WGS84 coordinates, a plausible size, valid (OGC rules, as NetTopologySuite checks them).</summary>
    public static string? Check(Geometry geometry, IStringLocalizer<TerritoryText> t)
    {
        if (geometry is not (Polygon or MultiPolygon))
        {
            return t["Import_GeometryType", geometry.GeometryType];
        }
        if (geometry.IsEmpty)
        {
            return t["Import_GeometryEmpty"];
        }
        var outside = geometry.Coordinates.FirstOrDefault(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y) || Math.Abs(c.X) > 180 || Math.Abs(c.Y) > 90);
        if (outside is not null)
        {
            return t["Import_GeometryNotWgs84", Number(outside.X), Number(outside.Y)];
        }
        var extent = geometry.EnvelopeInternal;
        if (extent.Width > AreaLimits.MaxExtentDegrees || extent.Height > AreaLimits.MaxExtentDegrees)
        {
            return t["Import_GeometryTooLarge", Number(extent.Width), Number(extent.Height)];
        }
        var error = new IsValidOp(geometry).ValidationError;
        if (error is null)
        {
            return null;
        }
        var at = error.Coordinate;
        var reason = t["Geometry_" + error.ErrorType];
        return t["Import_GeometryInvalid", reason.ResourceNotFound ? t["Geometry_Other"] : reason, error.Message,
            at is null ? "?" : Number(at.X), at is null ? "?" : Number(at.Y)];
    }

    public static byte[] ToWkb(Geometry geometry) => new WKBWriter().Write(geometry);

    public static Geometry FromWkb(byte[] wkb)
    {
        var geometry = new WKBReader(Services).Read(wkb);
        geometry.SRID = Srid;
        return geometry;
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
