namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Kernel density of events (VEI-3) with the quartic (biweight) kernel, evaluated at the centre of each
/// cell of the same grid as <see cref="HotspotAnalysis"/>. Pure and deterministic, like it.
/// </summary>
/// <remarks>
/// For bandwidth h and points i with weight wᵢ at distance dᵢ from a cell's centre:
/// <code>
///   density = 10⁶ · Σ_{dᵢ &lt; h} wᵢ · 3 / (π h²) · (1 − dᵢ² / h²)²      events per km²
/// </code>
/// The kernel 3/(π h²)·(1 − d²/h²)² integrates to 1 over its disc (∫₀¹ (1 − r²)² 2πr dr = π/3), so
/// each event spreads exactly one unit over the plane; 10⁶ turns square metres into square
/// kilometres. This is the kernel of Silverman (1986, eq. 4.5) that ArcGIS's Kernel Density uses.
/// A point's mass that falls outside the grid is lost (a point near the edge weighs less there).
/// </remarks>
public static class KernelDensity
{
    /// <summary>
    /// Density at every analysed cell. Throws <see cref="WatchGridException"/> (for a 422) when the cell
    /// side, the bandwidth, the extent, the number of cells, a point or the boundary is not acceptable.
    /// </summary>
    public static DensityResult Run(IReadOnlyList<WatchPoint> points, DensityOptions options)
    {
        var (cell, h) = (options.CellSizeMetres, options.BandwidthMetres);
        AnalysisGrid.CheckReach(cell, h, GridLimits.MaxBandwidthCells, GridRefusal.BandwidthOutOfRange);
        var grid = AnalysisGrid.Build(points, cell, options.Boundary);
        var sums = Sums(grid, h);
        var (counts, _) = grid.Tally();
        var scale = 1e6 * 3 / (Math.PI * h * h);
        var cells = new List<DensityCell>();
        foreach (var (column, row, k) in grid.AnalysedCells())
        {
            cells.Add(new DensityCell(column, row, grid.Centre(column, row), grid.Outline(column, row), counts[k], scale * sums[k]));
        }
        return new DensityResult(grid.Frame, cells, grid.PointsInside, grid.PointsOutside, h);
    }

    /// <summary>Σ wᵢ (1 − dᵢ²/h²)² per cell centre, each point adding to the centres within h of it, in canonical point order.</summary>
    internal static double[] Sums(AnalysisGrid grid, double h)
    {
        var sums = new double[grid.Columns * grid.Rows];
        var (c, h2) = (grid.CellSize, h * h);
        foreach (var p in grid.Points)
        {
            // Columns whose centres x₀ + (i + ½)c lie strictly within h of the point, clipped to the grid.
            var firstColumn = Math.Max(0, (int)Math.Ceiling((p.X - h - grid.OriginX) / c - 0.5));
            var lastColumn = Math.Min(grid.Columns - 1, (int)Math.Floor((p.X + h - grid.OriginX) / c - 0.5));
            var firstRow = Math.Max(0, (int)Math.Ceiling((p.Y - h - grid.OriginY) / c - 0.5));
            var lastRow = Math.Min(grid.Rows - 1, (int)Math.Floor((p.Y + h - grid.OriginY) / c - 0.5));
            for (var row = firstRow; row <= lastRow; row++)
            {
                var dy = grid.OriginY + (row + 0.5) * c - p.Y;
                for (var column = firstColumn; column <= lastColumn; column++)
                {
                    var dx = grid.OriginX + (column + 0.5) * c - p.X;
                    var u = 1 - (dx * dx + dy * dy) / h2;
                    if (u > 0)
                    {
                        sums[row * grid.Columns + column] += p.Weight * u * u;
                    }
                }
            }
        }
        return sums;
    }
}
