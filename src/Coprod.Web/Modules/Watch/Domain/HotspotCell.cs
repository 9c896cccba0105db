namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// One analysed cell of a hotspot map: its place in the grid (column from the west, row from the
/// south), centre and corners in WGS84, number of events, sum of their weights (<see cref="Value"/>,
/// what Gi* is computed on), Gi* z-score, two-sided normal p-value and confidence class.
/// </summary>
public readonly record struct HotspotCell(int Column, int Row, GeoPosition Centre, CellOutline Outline, int Count, double Value, double Z, double P, HotspotClass Class);
