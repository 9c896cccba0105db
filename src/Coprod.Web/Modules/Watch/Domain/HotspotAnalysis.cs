namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Hotspots of events over a period (VEI-3): Getis-Ord Gi* on a regular square grid
/// (<see cref="GetisOrd"/>). Pure and deterministic: the same points in any order, with the same
/// options, give an identical result (<see cref="CanonicalPoints"/>); there is no randomness and no
/// dependence on hash order.
/// </summary>
public static class HotspotAnalysis
{
    /// <summary>
    /// Counts the points per cell and scores every analysed cell. Throws <see cref="WatchGridException"/>
    /// (for a 422) when the cell side, the band, the extent, the number of cells, a point or the
    /// boundary is not acceptable.
    /// </summary>
    public static HotspotResult Run(IReadOnlyList<WatchPoint> points, HotspotOptions options)
    {
        var (cell, band) = (options.CellSizeMetres, options.Band);
        AnalysisGrid.CheckReach(cell, band, GridLimits.MaxBandCells, GridRefusal.BandOutOfRange);
        var grid = AnalysisGrid.Build(points, cell, options.Boundary);
        var (counts, values) = grid.Tally();
        var scores = GetisOrd.Compute(values, grid.Analysed, grid.Columns, grid.Rows, GetisOrd.Offsets(band / cell));
        var cells = new List<HotspotCell>(scores.N);
        foreach (var (column, row, k) in grid.AnalysedCells())
        {
            var z = scores.Z[k];
            var p = NormalDistribution.TwoSidedP(z);
            cells.Add(new HotspotCell(column, row, grid.Centre(column, row), grid.Outline(column, row), counts[k], values[k], z, p, HotspotClasses.Of(z, p)));
        }
        return new HotspotResult(grid.Frame, cells, grid.PointsInside, grid.PointsOutside, band, scores.N, scores.Mean, scores.StandardDeviation);
    }
}
