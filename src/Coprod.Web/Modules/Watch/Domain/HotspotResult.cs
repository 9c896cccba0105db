namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// A hotspot map: the grid, every analysed cell row by row from the south-west, the number of points
/// used and left outside the boundary, the distance band, and the figures Gi* rests on (number of
/// analysed cells, mean and standard deviation of their values).
/// </summary>
public sealed record HotspotResult(
    GridFrame Grid,
    IReadOnlyList<HotspotCell> Cells,
    int PointsUsed,
    int PointsOutside,
    double BandMetres,
    int AnalysedCells,
    double Mean,
    double StandardDeviation);
