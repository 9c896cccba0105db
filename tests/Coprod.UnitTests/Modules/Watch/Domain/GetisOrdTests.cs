using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class GetisOrdTests
{
    private static readonly (int, int)[] Queen = GetisOrd.Offsets(Math.Sqrt(2));

    /// <summary>Rows from the south, as the grid stores them: <c>grid[row][column]</c>.</summary>
    private static GetisOrd.Scores Compute(int[][] grid)
    {
        var values = grid.SelectMany(r => r).Select(v => (double)v).ToArray();
        return GetisOrd.Compute(values, Enumerable.Repeat(true, values.Length).ToArray(), grid[0].Length, grid.Length, Queen);
    }

    private static readonly int[][] FourByFour =
    [
        [0, 2, 1, 0], // row 0 (south)
        [2, 6, 4, 1],
        [1, 3, 2, 0],
        [0, 0, 1, 0], // row 3 (north)
    ];

    [Fact]
    public void Compute_FourByFour_MatchesTheHandComputation()
    {
        // n = 16, Σx = 23, Σx² = 77
        // X̄ = 23/16 = 1.4375
        // S² = 77/16 − 1.4375² = 4.8125 − 2.06640625 = 2.74609375, S = 1.6571341979453564
        var scores = Compute(FourByFour);
        Assert.Equal(16, scores.N);
        Assert.Equal(1.4375, scores.Mean, 1e-12);
        Assert.Equal(1.6571341979453564, scores.StandardDeviation, 1e-12);

        // Cell (column 1, row 1), value 6: its 3 × 3 window holds 0+2+1 + 2+6+4 + 1+3+2 = 21, W = 9.
        // Gi* = (21 − 1.4375·9) / (S·√((16·9 − 9²)/15)) = 8.0625 / √(2.74609375 · 4.2) = 8.0625 / √11.53359375
        Assert.Equal(2.3740365589893524, scores.Z[1 * 4 + 1], 1e-9);

        // Corner (0, 0), value 0: window 0+2 + 2+6 = 10, W = 4.
        // Gi* = (10 − 1.4375·4) / (S·√((16·4 − 4²)/15)) = 4.25 / √(2.74609375 · 3.2) = 4.25 / √8.7875
        Assert.Equal(1.4336933176801585, scores.Z[0], 1e-9);

        // Corner (3, 3), value 0: window 2+0 + 1+0 = 3, W = 4: Gi* = (3 − 5.75) / √8.7875.
        Assert.Equal(-0.9276839114401025, scores.Z[3 * 4 + 3], 1e-9);

        // Edge (0, 3), value 0: window 1+3 + 0+0 = 4, W = 4: Gi* = (4 − 5.75) / √8.7875.
        Assert.Equal(-0.5903443072800653, scores.Z[3 * 4 + 0], 1e-9);
    }

    [Fact]
    public void Compute_ThreeByThreeCentre_IsZeroBecauseItsNeighbourhoodIsTheWholeGrid()
    {
        // W = n = 9: n·W − W² = 0, and the numerator Σx − X̄·n is 0 too; no division by zero.
        var scores = Compute([[1, 0, 2], [0, 9, 1], [3, 0, 1]]);
        Assert.Equal(0, scores.Z[4]);
        Assert.All(scores.Z, z => Assert.True(double.IsFinite(z)));
    }

    [Fact]
    public void Compute_AllValuesEqual_GivesZeroEverywhere()
    {
        var scores = Compute([[3, 3, 3, 3], [3, 3, 3, 3], [3, 3, 3, 3]]);
        Assert.Equal(0, scores.StandardDeviation);
        Assert.All(scores.Z, z => Assert.Equal(0, z));
    }

    [Fact]
    public void Compute_EqualValuesThatAreNotWholeNumbers_GivesZeroNotRoundingNoise()
    {
        // 0.1 × 7 does not average back to exactly 0.1; the deviations would be noise around 1e-17.
        var values = Enumerable.Repeat(0.1, 7).ToArray();
        var scores = GetisOrd.Compute(values, Enumerable.Repeat(true, 7).ToArray(), 7, 1, Queen);
        Assert.All(scores.Z, z => Assert.Equal(0, z));
    }

    [Fact]
    public void Compute_FewerThanTwoCells_GivesZero()
    {
        Assert.Equal([0.0], GetisOrd.Compute([5], [true], 1, 1, Queen).Z);
        Assert.Equal([0.0, 0.0], GetisOrd.Compute([5, 2], [true, false], 2, 1, Queen).Z);
    }

    [Fact]
    public void Compute_CellsNotAnalysed_AreNeitherCountedNorNeighbours()
    {
        // The same 4 × 4 values with a fifth column left out of the study area (its values must not matter).
        var values = FourByFour.SelectMany(r => r.Append(50)).Select(v => (double)v).ToArray();
        var analysed = Enumerable.Range(0, 20).Select(k => k % 5 != 4).ToArray();
        var scores = GetisOrd.Compute(values, analysed, 5, 4, Queen);
        Assert.Equal(16, scores.N);
        Assert.Equal(2.3740365589893524, scores.Z[1 * 5 + 1], 1e-9);
        Assert.Equal(-0.18857857160117855, scores.Z[1 * 5 + 3], 1e-9); // cell (3, 1): its window reaches the left-out column
        Assert.Equal(0, scores.Z[4]);
    }

    [Fact]
    public void Compute_SymmetricPattern_GivesSymmetricScores()
    {
        int[][] grid = [[0, 1, 2, 1, 0], [1, 3, 5, 3, 1], [2, 5, 9, 5, 2], [1, 3, 5, 3, 1], [0, 1, 2, 1, 0]];
        var z = Compute(grid).Z;
        for (var r = 0; r < 5; r++)
        {
            for (var c = 0; c < 5; c++)
            {
                Assert.Equal(z[r * 5 + c], z[r * 5 + (4 - c)], 1e-12);
                Assert.Equal(z[r * 5 + c], z[(4 - r) * 5 + c], 1e-12);
                Assert.Equal(z[r * 5 + c], z[c * 5 + r], 1e-12);
            }
        }
        Assert.True(z[12] > 2.5);
    }

    [Theory]
    [InlineData(1.0, 5)] // the cell and its 4 edge neighbours (rook)
    [InlineData(1.4142135623730951, 9)] // √2, computed: the 3 × 3 window (queen)
    [InlineData(2.0, 13)]
    [InlineData(2.2360679774997898, 21)] // √5
    [InlineData(3.0, 29)]
    public void Offsets_DistanceBand_TakesTheCellsWhoseCentresAreWithinIt(double bandCells, int count)
    {
        var offsets = GetisOrd.Offsets(bandCells);
        Assert.Equal(count, offsets.Length);
        Assert.Contains((0, 0), offsets);
    }
}
