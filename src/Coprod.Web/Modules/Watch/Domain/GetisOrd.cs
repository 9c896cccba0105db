using System.Buffers;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Getis-Ord Gi* (Getis and Ord 1992, Ord and Getis 1995, as ArcGIS computes it) on the values of a
/// grid, with binary weights: a cell's neighbours are the analysed cells whose centres lie within the
/// distance band of its own centre, itself included.
/// </summary>
/// <remarks>
/// With n analysed cells of values x, mean X̄ = Σx / n, S = √(Σx² / n − X̄²) (computed as
/// √(Σ(x − X̄)² / n), the same number without the cancellation), and for a cell i with
/// W neighbours (so Σw = Σw² = W) whose values sum to L:
/// <code>
///   Gi* = (L − X̄·W) / (S · √((n·W − W²) / (n − 1)))
/// </code>
/// Gi* is a z-score. It is 0 when it is undefined: fewer than two cells, every value equal (S = 0),
/// or a neighbourhood that is the whole study area (n·W − W² = 0, where the numerator is 0 too).
/// </remarks>
internal static class GetisOrd
{
    /// <summary>Gi* of every cell (0 for cells not analysed), with the n, mean and S they rest on.</summary>
    public sealed record Scores(double[] Z, int N, double Mean, double StandardDeviation);

    /// <summary>
    /// Offsets (columns, rows) of the cells whose centres are within <paramref name="bandCells"/> cell
    /// sides of a cell's centre, itself included, in a fixed order. √2 gives the 3 × 3 window (queen
    /// contiguity), 1 the cell and its four edge neighbours.
    /// </summary>
    public static (int Dx, int Dy)[] Offsets(double bandCells)
    {
        // The tolerance keeps a band of exactly √2 or 2 cells from losing the cells on its edge to rounding.
        var limit = bandCells * bandCells + 1e-9;
        var reach = (int)Math.Floor(bandCells + 1e-9);
        var offsets = new List<(int, int)>();
        for (var dy = -reach; dy <= reach; dy++)
        {
            for (var dx = -reach; dx <= reach; dx++)
            {
                if (dx * dx + dy * dy <= limit)
                {
                    offsets.Add((dx, dy));
                }
            }
        }
        return [.. offsets];
    }

    /// <summary>Gi* for the values of a <paramref name="columns"/> × <paramref name="rows"/> grid stored row by row.</summary>
    public static Scores Compute(double[] values, bool[] analysed, int columns, int rows, (int Dx, int Dy)[] offsets)
    {
        var (n, sum, min, max) = (0, 0.0, double.MaxValue, double.MinValue);
        for (var k = 0; k < values.Length; k++)
        {
            if (analysed[k])
            {
                (n, sum, min, max) = (n + 1, sum + values[k], Math.Min(min, values[k]), Math.Max(max, values[k]));
            }
        }
        var z = new double[values.Length];
        if (n < 2 || min == max)
        {
            // Checked on the values, not on S: S of equal values that are not whole numbers comes out as rounding noise, not 0.
            return new Scores(z, n, n == 0 ? 0 : sum / n, 0);
        }
        var mean = sum / n;
        var squares = 0.0;
        for (var k = 0; k < values.Length; k++)
        {
            if (analysed[k])
            {
                squares += (values[k] - mean) * (values[k] - mean);
            }
        }
        var s = Math.Sqrt(squares / n);
        // The denominator depends on the cell only through its number of neighbours W: computed once per W.
        var scale = new double[offsets.Length + 1];
        for (long w = 1; w < scale.Length; w++)
        {
            var spread = n * w - w * w;
            scale[w] = spread <= 0 ? 0 : s * Math.Sqrt(spread / (n - 1.0));
        }
        if (SquareWindow.Reach(offsets) is { } square)
        {
            var sums = ArrayPool<double>.Shared.Rent(values.Length);
            var counts = ArrayPool<int>.Shared.Rent(values.Length);
            SquareWindow.Sums(values, analysed, columns, rows, square, sums, counts);
            for (var k = 0; k < z.Length; k++)
            {
                z[k] = analysed[k] ? Z(sums[k], counts[k], mean, scale) : 0;
            }
            ArrayPool<double>.Shared.Return(sums);
            ArrayPool<int>.Shared.Return(counts);
            return new Scores(z, n, mean, s);
        }
        // Away from the edges every neighbour is in the grid: its index is the cell's plus a fixed step.
        var reach = offsets.Max(o => Math.Max(Math.Abs(o.Dx), Math.Abs(o.Dy)));
        var steps = offsets.Select(o => o.Dy * columns + o.Dx).ToArray();
        for (var row = 0; row < rows; row++)
        {
            var inner = row >= reach && row < rows - reach;
            for (var column = 0; column < columns; column++)
            {
                var k = row * columns + column;
                if (!analysed[k])
                {
                    continue;
                }
                z[k] = inner && column >= reach && column < columns - reach
                    ? Score(values, analysed, steps, k, mean, scale)
                    : Score(values, analysed, columns, rows, offsets, column, row, mean, scale);
            }
        }
        return new Scores(z, n, mean, s);
    }

    /// <summary>Gi* of a cell whose neighbours are all in the grid, at <paramref name="k"/> + each of <paramref name="steps"/>.</summary>
    private static double Score(double[] values, bool[] analysed, int[] steps, int k, double mean, double[] scale)
    {
        var (w, local) = (0, 0.0);
        foreach (var step in steps)
        {
            if (analysed[k + step])
            {
                w++;
                local += values[k + step];
            }
        }
        return Z(local, w, mean, scale);
    }

    private static double Score(double[] values, bool[] analysed, int columns, int rows, (int Dx, int Dy)[] offsets,
        int column, int row, double mean, double[] scale)
    {
        var (w, local) = (0, 0.0);
        foreach (var (dx, dy) in offsets)
        {
            int c = column + dx, r = row + dy;
            if (c >= 0 && c < columns && r >= 0 && r < rows && analysed[r * columns + c])
            {
                w++;
                local += values[r * columns + c];
            }
        }
        return Z(local, w, mean, scale);
    }

    /// <summary>Gi* of a cell with <paramref name="w"/> neighbours whose values sum to <paramref name="local"/>; 0 where n·W − W² ≤ 0.</summary>
    private static double Z(double local, int w, double mean, double[] scale) => scale[w] == 0 ? 0 : (local - mean * w) / scale[w];
}
