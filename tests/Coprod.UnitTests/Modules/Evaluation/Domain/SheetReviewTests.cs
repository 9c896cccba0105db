using Coprod.Web.Modules.Evaluation.Domain;

namespace Coprod.UnitTests.Modules.Evaluation.Domain;

public sealed class SheetReviewTests
{
    private static readonly DateOnly Start = new(2024, 1, 1), End = new(2026, 12, 31);

    private static IndicatorFigures Result(decimal baseline, decimal target, decimal latest, double expected) =>
        IndicatorFigures.Compute(baseline, target, [new RecordedValue(new DateOnly(2025, 6, 30), latest, DateTimeOffset.UnixEpoch)], expected);

    [Fact]
    public void Assess_BelowHalfTheExpectedProgress_AfterAYear_IsFlagged_WithItsFigures()
    {
        var today = new DateOnly(2025, 7, 2);
        var expected = ExpectedProgress.At(Start, End, today);
        var review = SheetReview.Assess([Result(100, 60, 96, expected), Result(0, 10, 2, expected)], expected, Start, End, today, 30_000m);

        Assert.True(review.Flagged);
        Assert.Equal([ReviewReason.BelowHalfExpected], review.Reasons);
        Assert.Equal(0.15, review.MeanResultProgress!.Value, 6);
        Assert.True(review.ConsumedEnough);
        Assert.Equal(2000m, review.CostPerPoint);
    }

    [Fact]
    public void Assess_BelowHalfButEarly_IsNotFlagged()
    {
        var today = new DateOnly(2024, 9, 1);
        var expected = ExpectedProgress.At(Start, End, today);
        var review = SheetReview.Assess([Result(0, 10, 0, expected)], expected, Start, End, today, 10_000m);

        Assert.False(review.ConsumedEnough);
        Assert.False(review.Flagged);
        Assert.Null(review.CostPerPoint);
    }

    [Fact]
    public void Assess_AThirdOfAShortPeriod_IsEnoughToJudge()
    {
        var end = new DateOnly(2024, 12, 31);
        var today = new DateOnly(2024, 5, 15);
        var expected = ExpectedProgress.At(Start, end, today);
        var review = SheetReview.Assess([Result(0, 10, 0.5m, expected)], expected, Start, end, today, null);

        Assert.True(review.ConsumedEnough);
        Assert.Equal([ReviewReason.BelowHalfExpected], review.Reasons);
    }

    [Fact]
    public void Assess_AResultMovingAwayFromItsTarget_IsFlaggedAtOnce()
    {
        var today = new DateOnly(2024, 3, 1);
        var review = SheetReview.Assess([Result(100, 60, 105, 0.05)], 0.05, Start, End, today, 5_000m);

        Assert.Equal([ReviewReason.MovingAway], review.Reasons);
    }

    [Fact]
    public void Assess_OnTrack_OrWithoutResultFigures_IsNotFlagged()
    {
        var today = new DateOnly(2025, 7, 2);
        var expected = ExpectedProgress.At(Start, End, today);

        Assert.False(SheetReview.Assess([Result(0, 10, 5, expected)], expected, Start, End, today, 1m).Flagged);
        var none = SheetReview.Assess([], expected, Start, End, today, 1m);
        Assert.False(none.Flagged);
        Assert.Null(none.MeanResultProgress);
    }
}
