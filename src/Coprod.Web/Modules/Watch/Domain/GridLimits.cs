namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>What a hotspot or density grid accepts; beyond these the request is refused (<see cref="WatchGridException"/>).</summary>
public static class GridLimits
{
    /// <summary>Smallest cell side, in metres: below it a cell is smaller than a building and the map says nothing.</summary>
    public const double MinCellSize = 50;

    /// <summary>Largest cell side, in metres.</summary>
    public const double MaxCellSize = 5_000;

    /// <summary>Most cells in one grid (e.g. 25 × 25 km at 50 m): about a second of one core, every cell returned with its outline.</summary>
    public const int MaxCells = 250_000;

    /// <summary>
    /// Widest study extent in longitude and in latitude, in degrees (333 km of latitude): a département
    /// fits, and the local plane stays within 0.07 % of the ground (<see cref="LocalProjection"/>).
    /// </summary>
    public const double MaxExtentDegrees = 3;

    /// <summary>Widest hotspot neighbourhood, in cells from a cell's centre (a 21 × 21 window).</summary>
    public const int MaxBandCells = 10;

    /// <summary>Widest kernel bandwidth, in cells (a 101 × 101 window per point).</summary>
    public const int MaxBandwidthCells = 50;
}
