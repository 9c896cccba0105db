namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Spike detection for one area × category (VEI-1): is this week's count unusually high compared with
/// the same weeks of previous years (<see cref="SpikeBaseline.Weeks"/>)? The method is described for
/// the users in <c>docs/watch-spike-method.md</c>.
/// </summary>
/// <remarks>
/// <para>A quasi-Poisson upper limit in the spirit of Farrington et al. (1996) and of the CDC's EARS
/// methods, kept simple enough to explain. From the m baseline counts b:</para>
/// <code>
///   expected μ = mean(b)
///   σ²        = max(s², μ)                  s² the sample variance of b (m − 1)
///   limit     = μ + k · σ · √(1 + 1/m)
///   alert     ⇔ count &gt; limit  and  count ≥ minimum count
/// </code>
/// <para>σ² = max(s², μ) is the quasi-Poisson variance φμ with the dispersion φ = s²/μ floored at 1:
/// counts of events vary at least as much as a Poisson count of the same mean, so a baseline that
/// happens to be flat (4, 4, 4…) does not make 5 a spike. √(1 + 1/m) widens the limit for the
/// uncertainty of μ itself, a mean of a handful of weeks (a prediction interval, not a confidence
/// interval). The minimum count keeps small numbers quiet: after a zero baseline (μ = 0, limit 0),
/// 1 or 2 events are unusual but not a reason to convene the watch cell. Fewer than the minimum
/// baseline weeks: no test (<see cref="AlertReason.BaselineTooShort"/>).</para>
/// </remarks>
public static class SpikeRule
{
    /// <summary>Tests <paramref name="count"/> (this week) against the counts of the comparable weeks.</summary>
    public static AlertAssessment Evaluate(int count, IReadOnlyList<int> baseline, SpikeOptions? options = null)
    {
        options ??= SpikeOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumBaselineWeeks, 2);
        if (!(options.Sigmas > 0 && double.IsFinite(options.Sigmas)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Sigmas, "Sigmas must be a positive number.");
        }
        if (baseline.Any(b => b < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), "Counts cannot be negative.");
        }
        var m = baseline.Count;
        var mean = m == 0 ? (double?)null : baseline.Sum(b => (long)b) / (double)m;
        var ratio = mean > 0 ? count / mean : null;
        if (m < options.MinimumBaselineWeeks)
        {
            return new AlertAssessment(count, mean, null, null, ratio, m, false, AlertReason.BaselineTooShort);
        }
        var mu = mean!.Value;
        var variance = baseline.Sum(b => (b - mu) * (b - mu)) / (m - 1);
        var limit = mu + options.Sigmas * Math.Sqrt(Math.Max(variance, mu)) * Math.Sqrt(1 + 1.0 / m);
        var alertFrom = Math.Max((int)Math.Floor(limit) + 1, options.MinimumCount);
        var reason = count <= limit ? AlertReason.WithinUsualRange
            : count < options.MinimumCount ? AlertReason.BelowMinimumCount
            : AlertReason.Spike;
        return new AlertAssessment(count, mu, limit, alertFrom, ratio, m, reason == AlertReason.Spike, reason);
    }
}
