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

    /// <summary>Per cell, the window's sum of analysed values and its number of analysed cells.</summary>
    public static (double[] Sums, int[] Counts) Sums(double[] values, bool[] analysed, int columns, int rows, int reach)
    {
        var (across, acrossCounts) = (new double[values.Length], new int[values.Length]);
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
        var (sums, counts) = (new double[values.Length], new int[values.Length]);
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
        return (sums, counts);
    }
}
