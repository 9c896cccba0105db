namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Where a grid lies, enough to rebuild it: the centre of its local plane (<see cref="LocalProjection"/>),
/// the cell side, the number of columns (west to east) and rows (south to north), and its south-west
/// corner in metres east and north of the centre (a multiple of the cell side: the grid lines pass
/// through the centre).
/// </summary>
public sealed record GridFrame(GeoPosition Centre, double CellSizeMetres, int Columns, int Rows, double WestMetres, double SouthMetres);
