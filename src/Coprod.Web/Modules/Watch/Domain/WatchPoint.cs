namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// One event to map: its WGS84 position in degrees and a weight (1 by default; for instance a
/// severity). Weights are finite and not negative; a cell's value is the sum of its points' weights.
/// </summary>
public readonly record struct WatchPoint(double Longitude, double Latitude, double Weight = 1);
