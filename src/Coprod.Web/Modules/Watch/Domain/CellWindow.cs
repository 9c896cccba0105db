using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// A rectangle of whole cells in a local plane, in cell coordinates counted from the plane's centre: the
/// point (x, y) lies in column ⌊x / side⌋ and row ⌊y / side⌋, so the grid lines pass through the centre.
/// <see cref="West"/> and <see cref="South"/> are the coordinates of the south-west cell.
/// </summary>
internal readonly record struct CellWindow(int West, int South, int Columns, int Rows)
{
    public long Cells => (long)Columns * Rows;

    /// <summary>The smallest window holding every point of a plane envelope.</summary>
    public static CellWindow Covering(Envelope plane, double side)
    {
        var (west, south) = (Math.Floor(plane.MinX / side), Math.Floor(plane.MinY / side));
        return new CellWindow((int)west, (int)south, (int)(Math.Floor(plane.MaxX / side) - west) + 1, (int)(Math.Floor(plane.MaxY / side) - south) + 1);
    }

    /// <summary>The window of the cells from (<paramref name="west"/>, <paramref name="south"/>) to (<paramref name="east"/>, <paramref name="north"/>), inclusive.</summary>
    public static CellWindow Between(int west, int south, int east, int north) => new(west, south, east - west + 1, north - south + 1);

    /// <summary>Index, row by row from the south-west, of the cell at cell coordinates (column, row); −1 when it is not in the window.</summary>
    public int IndexOf(int column, int row)
    {
        var (c, r) = (column - West, row - South);
        return (uint)c < (uint)Columns && (uint)r < (uint)Rows ? r * Columns + c : -1;
    }

    /// <summary>The smallest window holding every cell of this one whose count is not zero; null when every count is zero.</summary>
    public CellWindow? Occupied(int[] counts)
    {
        var (west, south, east, north) = (int.MaxValue, int.MaxValue, int.MinValue, int.MinValue);
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                if (counts[row * Columns + column] > 0)
                {
                    (west, east) = (Math.Min(west, column), Math.Max(east, column));
                    (south, north) = (Math.Min(south, row), Math.Max(north, row));
                }
            }
        }
        return west == int.MaxValue ? null : Between(West + west, South + south, West + east, South + north);
    }

    /// <summary>The values of <paramref name="inner"/>'s cells, taken from an array over this window, which holds it.</summary>
    public int[] Crop(int[] values, CellWindow inner)
    {
        var cropped = new int[inner.Columns * inner.Rows];
        for (var row = 0; row < inner.Rows; row++)
        {
            Array.Copy(values, IndexOf(inner.West, inner.South + row), cropped, row * inner.Columns, inner.Columns);
        }
        return cropped;
    }
}
