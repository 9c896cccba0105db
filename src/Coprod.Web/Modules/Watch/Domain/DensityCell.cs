namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// One analysed cell of a density map: its place in the grid (column from the west, row from the
/// south), centre and corners in WGS84, number of events in it, and the kernel density at its centre
/// in (weighted) events per square kilometre.
/// </summary>
public readonly record struct DensityCell(int Column, int Row, GeoPosition Centre, CellOutline Outline, int Count, double Density);
