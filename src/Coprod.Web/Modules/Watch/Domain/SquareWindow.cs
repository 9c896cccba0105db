using System.Buffers;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// For a neighbourhood that is a whole square of cells (the queen's 3 × 3 and its wider kin): the sum
/// of the analysed cells' values and their number in the window around every cell, clipped to the grid,
/// added along the rows and then along the columns, so each cell costs 2·(2r + 1) additions in two
/// short, independent chains rather than (2r + 1)² in one.
/// </summary>
internal static class SquareWindow
{
    /// <summary>The square's reach r when <paramref name="offsets"/> are exactly the (2r + 1)² cells of one; null otherwise.</summary>
    public static int? Reach((int Dx, int Dy)[] offsets)
    {
        var reach = offsets.Max(o => Math.Max(Math.Abs(o.Dx), Math.Abs(o.Dy)));
        return offsets.Distinct().Count() == (2 * reach + 1) * (2 * reach + 1) ? reach : null;
    }

    /// <summary>
    /// Writes per cell the window's sum of analysed values to <paramref name="sums"/> and its number of
    /// analysed cells to <paramref name="counts"/>. The intermediate rows are rented, not allocated: a map
    /// of 250,000 cells would otherwise leave megabytes for the collector at each call.
    /// </summary>
    public static void Sums(double[] values, bool[] analysed, int columns, int rows, int reach, Span<double> sums, Span<int> counts)
    {
        var across = ArrayPool<double>.Shared.Rent(values.Length);
        var acrossCounts = ArrayPool<int>.Shared.Rent(values.Length);
        try
        {
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    var (sum, count) = (0.0, 0);
                    for (var c = Math.Max(0, column - reach); c <= Math.Min(columns - 1, column + reach); c++)
                    {
                        var k = row * columns + c;
                        if (analysed[k])
                        {
                            sum += values[k];
                            count++;
                        }
                    }
                    (across[row * columns + column], acrossCounts[row * columns + column]) = (sum, count);
                }
            }
            for (var row = 0; row < rows; row++)
            {
                var (first, last) = (Math.Max(0, row - reach), Math.Min(rows - 1, row + reach));
                for (var column = 0; column < columns; column++)
                {
                    var (sum, count) = (0.0, 0);
                    for (var r = first; r <= last; r++)
                    {
                        sum += across[r * columns + column];
                        count += acrossCounts[r * columns + column];
                    }
                    (sums[row * columns + column], counts[row * columns + column]) = (sum, count);
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(across);
            ArrayPool<int>.Shared.Return(acrossCounts);
        }
    }
}
