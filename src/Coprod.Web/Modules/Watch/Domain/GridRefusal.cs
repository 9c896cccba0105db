namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>Why a grid cannot be built; the API answers 422 with the matching text.</summary>
public enum GridRefusal
{
    /// <summary>The cell side is outside <see cref="GridLimits.MinCellSize"/>..<see cref="GridLimits.MaxCellSize"/>. Values: min, max, given.</summary>
    CellSizeOutOfRange,

    /// <summary>The grid would hold more than <see cref="GridLimits.MaxCells"/> cells. Values: cells, max.</summary>
    TooManyCells,

    /// <summary>The study extent is wider than <see cref="GridLimits.MaxExtentDegrees"/>. Values: width, height, max (degrees).</summary>
    ExtentTooWide,

    /// <summary>No point and no boundary: there is nothing to put a grid on.</summary>
    NothingToMap,

    /// <summary>A point is not a WGS84 position or has a negative or infinite weight. Values: its position in the list (from 1).</summary>
    InvalidPoint,

    /// <summary>The boundary is not a non-empty polygon in WGS84 coordinates.</summary>
    InvalidBoundary,

    /// <summary>The hotspot neighbourhood is outside one cell..<see cref="GridLimits.MaxBandCells"/> cells. Values: min, max, given (metres).</summary>
    BandOutOfRange,

    /// <summary>The kernel bandwidth is outside one cell..<see cref="GridLimits.MaxBandwidthCells"/> cells. Values: min, max, given (metres).</summary>
    BandwidthOutOfRange,
}
