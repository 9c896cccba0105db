using Coprod.Web.Modules.Evaluation.Domain;

namespace Coprod.UnitTests.Modules.Evaluation.Domain;

public sealed class IndicatorFiguresTests
{
    private static readonly DateTimeOffset Noon = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static RecordedValue V(int year, int month, decimal value, int minutes = 0) =>
        new(new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), value, Noon.AddMinutes(minutes));

    [Fact]
    public void Compute_TakesPerPeriodTheValueRecordedLast_AndTheLatestPeriodAsLatest()
    {
        var figures = IndicatorFigures.Compute(10, 20, [V(2025, 3, 12), V(2025, 6, 15, 1), V(2025, 6, 17, 5), V(2025, 6, 14, 2)], 0.5);

        Assert.Equal([12m, 17m], figures.Series.Select(p => p.Value));
        Assert.Equal(17m, figures.Latest);
        Assert.Equal(new DateOnly(2025, 6, 30), figures.LatestPeriod);
        Assert.Equal(0.7, figures.Progress!.Value, 6);
        Assert.Equal(IndicatorStatus.OnTrack, figures.Status);
    }

    [Fact]
    public void Compute_DecreasingIndicator_MeasuresProgressDownwards()
    {
        var figures = IndicatorFigures.Compute(100, 60, [V(2025, 1, 90)], 0.5);

        Assert.True(figures.Decreasing);
        Assert.Equal(0.25, figures.Progress!.Value, 6);
        Assert.Equal(IndicatorStatus.Late, figures.Status);
    }

    [Fact]
    public void Compute_BeyondTheTarget_KeepsTheRawProgress_AndClampsItForDisplay()
    {
        var figures = IndicatorFigures.Compute(0, 10, [V(2025, 1, 15)], 0.2);

        Assert.Equal(1.5, figures.Progress!.Value, 6);
        Assert.Equal(1, figures.ProgressShown);
        Assert.Equal(IndicatorStatus.Reached, figures.Status);
    }

    [Fact]
    public void Compute_WorseThanTheBaseline_IsMovingAway_AndShownAtZero()
    {
        var figures = IndicatorFigures.Compute(100, 60, [V(2025, 1, 110)], 0.1);

        Assert.Equal(-0.25, figures.Progress!.Value, 6);
        Assert.True(figures.MovingAway);
        Assert.Equal(0, figures.ProgressShown);
        Assert.Equal(IndicatorStatus.Late, figures.Status);
    }

    [Theory]
    [InlineData(null, 10.0)]
    [InlineData(10.0, null)]
    [InlineData(10.0, 10.0)]
    public void Compute_WithoutBaselineAndDistinctTarget_HasNoProgress(double? baseline, double? target)
    {
        var figures = IndicatorFigures.Compute((decimal?)baseline, (decimal?)target, [V(2025, 1, 12)], 0.5);

        Assert.Null(figures.Progress);
        Assert.Equal(12m, figures.Latest);
        Assert.Equal(IndicatorStatus.NoData, figures.Status);
    }

    [Fact]
    public void Compute_WithoutValues_IsSansDonnee()
    {
        var figures = IndicatorFigures.Compute(0, 10, [], 0.5);

        Assert.Null(figures.Latest);
        Assert.Empty(figures.Series);
        Assert.Equal(IndicatorStatus.NoData, figures.Status);
        Assert.False(figures.MovingAway);
    }

    [Theory]
    [InlineData(0.41, 0.5, IndicatorStatus.OnTrack)]
    [InlineData(0.39, 0.5, IndicatorStatus.Late)]
    [InlineData(1.0, 0.5, IndicatorStatus.Reached)]
    [InlineData(0.0, 0.05, IndicatorStatus.OnTrack)]
    public void StatusOf_AllowsTheToleranceBelowExpected(double progress, double expected, IndicatorStatus status) =>
        Assert.Equal(status, IndicatorFigures.StatusOf(progress, expected));
}
