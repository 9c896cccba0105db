namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>The simplest alert rule (VEI-1): alert when the count over a period reaches a fixed number.</summary>
public static class FixedThresholdRule
{
    /// <summary>Alert when <paramref name="count"/> ≥ <paramref name="threshold"/> (at least 1).</summary>
    public static AlertAssessment Evaluate(int count, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var reached = count >= threshold;
        return new AlertAssessment(count, null, null, threshold, null, 0, reached, reached ? AlertReason.ThresholdReached : AlertReason.BelowThreshold);
    }
}
