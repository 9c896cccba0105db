using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class SpikeRuleTests
{
    [Fact]
    public void Evaluate_FlatBaseline_FallsBackOnPoissonVariation()
    {
        // Nine weeks of 4: s² = 0, so σ² = max(0, 4) = 4 (Poisson). limit = 4 + 3·2·√(1 + 1/9) = 10.3245…
        int[] baseline = [4, 4, 4, 4, 4, 4, 4, 4, 4];
        var within = SpikeRule.Evaluate(10, baseline);
        Assert.Equal(4, within.Expected);
        Assert.Equal(4 + 6 * Math.Sqrt(10.0 / 9), within.UpperLimit!.Value, 1e-12);
        Assert.Equal(11, within.AlertFrom);
        Assert.Equal((false, AlertReason.WithinUsualRange, 9), (within.IsAlert, within.Reason, within.BaselineWeeks));
        Assert.Equal(2.5, within.Ratio);

        var spike = SpikeRule.Evaluate(11, baseline);
        Assert.Equal((true, AlertReason.Spike, 2.75), (spike.IsAlert, spike.Reason, spike.Ratio));
        Assert.False(SpikeRule.Evaluate(5, baseline).IsAlert); // one more than usual is no spike
    }

    [Fact]
    public void Evaluate_NoisyBaseline_NeedsAHigherCountThanAFlatOneOfTheSameMean()
    {
        // Mean 6, sample variance (16+9+9+36+25+4+4+16+1)/8 = 15 > 6: σ = √15, limit = 6 + 3·√15·√(10/9) = 18.247…
        int[] noisy = [2, 9, 3, 12, 1, 8, 4, 10, 5];
        var assessed = SpikeRule.Evaluate(15, noisy);
        Assert.Equal(6, assessed.Expected);
        Assert.Equal(6 + 3 * Math.Sqrt(15) * Math.Sqrt(10.0 / 9), assessed.UpperLimit!.Value, 1e-12);
        Assert.Equal((19, false, AlertReason.WithinUsualRange), (assessed.AlertFrom, assessed.IsAlert, assessed.Reason));
        Assert.True(SpikeRule.Evaluate(19, noisy).IsAlert);

        // The same 15 after a flat 6: limit = 6 + 3·√6·√(10/9) = 13.746…, a spike.
        var flat = SpikeRule.Evaluate(15, [6, 6, 6, 6, 6, 6, 6, 6, 6]);
        Assert.Equal((14, true, AlertReason.Spike), (flat.AlertFrom, flat.IsAlert, flat.Reason));
    }

    [Theory]
    [InlineData(1, AlertReason.BelowMinimumCount, false)]
    [InlineData(4, AlertReason.BelowMinimumCount, false)]
    [InlineData(5, AlertReason.Spike, true)]
    public void Evaluate_ZeroBaseline_AlertsOnlyFromTheMinimumCount(int count, AlertReason reason, bool alert)
    {
        var assessed = SpikeRule.Evaluate(count, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
        Assert.Equal((0.0, 0.0, 5, (double?)null), (assessed.Expected, assessed.UpperLimit, assessed.AlertFrom, assessed.Ratio));
        Assert.Equal((reason, alert), (assessed.Reason, assessed.IsAlert));
    }

    [Fact]
    public void Evaluate_ZeroThisWeek_IsWithinTheUsualRange() =>
        Assert.Equal(AlertReason.WithinUsualRange, SpikeRule.Evaluate(0, [0, 0, 0]).Reason);

    [Fact]
    public void Evaluate_SmallBaseline_UnusualButSmallCountIsBelowTheMinimum()
    {
        // Mean 0.5, s² = (5·0.25 + 2.25)/5 = 0.7: limit = 0.5 + 3·√0.7·√(1 + 1/6) = 3.21…; 4 is unusual but under 5.
        var assessed = SpikeRule.Evaluate(4, [0, 1, 0, 0, 2, 0]);
        Assert.Equal(0.5 + 3 * Math.Sqrt(0.7) * Math.Sqrt(7.0 / 6), assessed.UpperLimit!.Value, 1e-12);
        Assert.Equal((4, 5, AlertReason.BelowMinimumCount, 8.0), (assessed.Count, assessed.AlertFrom, assessed.Reason, assessed.Ratio));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 3, 4 })]
    public void Evaluate_TooFewComparableWeeks_DoesNotTest(int[] baseline)
    {
        var assessed = SpikeRule.Evaluate(40, baseline);
        Assert.Equal((false, AlertReason.BaselineTooShort, baseline.Length), (assessed.IsAlert, assessed.Reason, assessed.BaselineWeeks));
        Assert.Null(assessed.UpperLimit);
        Assert.Null(assessed.AlertFrom);
    }

    [Fact]
    public void Evaluate_Options_ChangeTheLimitAndTheMinimum()
    {
        int[] baseline = [4, 4, 4, 4, 4, 4];
        var strict = SpikeRule.Evaluate(9, baseline, new SpikeOptions(Sigmas: 2, MinimumCount: 2));
        Assert.Equal(4 + 2 * 2 * Math.Sqrt(7.0 / 6), strict.UpperLimit!.Value, 1e-12);
        Assert.Equal((9, true), (strict.AlertFrom, strict.IsAlert));
        Assert.Equal(AlertReason.BaselineTooShort, SpikeRule.Evaluate(9, baseline, new SpikeOptions(MinimumBaselineWeeks: 9)).Reason);
    }

    [Fact]
    public void Evaluate_BaselineOrder_DoesNotMatter() =>
        Assert.Equal(SpikeRule.Evaluate(12, [2, 9, 3, 12, 1, 8, 4, 10, 5]), SpikeRule.Evaluate(12, [12, 10, 9, 8, 5, 4, 3, 2, 1]));

    [Fact]
    public void Evaluate_NegativeCounts_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpikeRule.Evaluate(-1, [1, 2, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpikeRule.Evaluate(1, [1, -2, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpikeRule.Evaluate(1, [1, 2, 3], new SpikeOptions(Sigmas: 0)));
    }

    [Theory]
    [InlineData(9, false, AlertReason.BelowThreshold)]
    [InlineData(10, true, AlertReason.ThresholdReached)]
    [InlineData(25, true, AlertReason.ThresholdReached)]
    public void FixedThreshold_AlertsFromTheThreshold(int count, bool alert, AlertReason reason)
    {
        var assessed = FixedThresholdRule.Evaluate(count, 10);
        Assert.Equal((alert, reason, 10, (double?)null), (assessed.IsAlert, assessed.Reason, assessed.AlertFrom, assessed.Expected));
    }

    [Fact]
    public void FixedThreshold_OfZero_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => FixedThresholdRule.Evaluate(3, 0));
}
