namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>A density map: the grid, every analysed cell row by row from the south-west, the points used and left outside the boundary, and the bandwidth.</summary>
public sealed record DensityResult(GridFrame Grid, IReadOnlyList<DensityCell> Cells, int PointsUsed, int PointsOutside, double BandwidthMetres);
