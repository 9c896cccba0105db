namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>A WGS84 position (SRID 4326): longitude then latitude, in degrees, as GeoJSON orders them.</summary>
public readonly record struct GeoPosition(double Longitude, double Latitude);
