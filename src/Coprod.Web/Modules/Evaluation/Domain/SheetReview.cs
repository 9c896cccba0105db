namespace Coprod.Web.Modules.Evaluation.Domain;

/// <summary>Why a sheet is put up for review.</summary>
public enum ReviewReason
{
    /// <summary>Its mean result progress is below half the expected progress, once enough of its period has gone by.</summary>
    BelowHalfExpected = 1,

    /// <summary>One of its result indicators has moved away from its target (worse than the baseline).</summary>
    MovingAway = 2,
}

/// <summary>
/// A sheet's results against its target and its cost (EVAL-2), and whether it is flagged for review:
/// « résultats insuffisants au regard des moyens engagés », the idea of the circular of 7 June 1999
/// (the technical follow-up group reviews the actions whose results do not justify their means).
/// </summary>
/// <param name="MeanResultProgress">Mean raw progress of the result indicators that have one; null when none has.</param>
/// <param name="Expected">Progress expected today (share of the sheet's period elapsed).</param>
/// <param name="DaysConsumed">Days of the sheet's period gone by.</param>
/// <param name="ConsumedEnough">At least a year, or a third of the period, has gone by: long enough to judge.</param>
/// <param name="Cost">The sheet's total cost in euros, when known.</param>
/// <param name="CostPerPoint">Euros per point (1 %) of mean result progress; null without a cost or a positive progress.</param>
/// <param name="Reasons">Why it is flagged; empty when it is not.</param>
public sealed record SheetReview(
    double? MeanResultProgress, double Expected, int DaysConsumed, bool ConsumedEnough, decimal? Cost, decimal? CostPerPoint, IReadOnlyList<ReviewReason> Reasons)
{
    /// <summary>Days after which a sheet is always judged, whatever its length.</summary>
    public const int JudgedAfterDays = 365;

    public bool Flagged => Reasons.Count > 0;

    /// <summary>
    /// Flags the sheet when its mean result progress is below half <paramref name="expected"/> and at least a
    /// year or a third of its period [<paramref name="start"/>, <paramref name="end"/>] has gone by, or when
    /// any result indicator moves away from its target. A sheet without any result figure is never flagged
    /// on progress (nothing to judge): the dashboard shows it « sans donnée ».
    /// </summary>
    public static SheetReview Assess(IReadOnlyList<IndicatorFigures> results, double expected, DateOnly start, DateOnly end, DateOnly today, decimal? cost)
    {
        var progresses = results.Where(r => r.Progress is not null).Select(r => r.Progress!.Value).ToList();
        double? mean = progresses.Count == 0 ? null : progresses.Average();
        var days = Math.Clamp(today.DayNumber - start.DayNumber, 0, Math.Max(0, end.DayNumber - start.DayNumber));
        var length = Math.Max(1, end.DayNumber - start.DayNumber);
        var enough = days >= JudgedAfterDays || days * 3 >= length;
        var reasons = new List<ReviewReason>();
        if (mean is { } m && enough && m < expected / 2)
        {
            reasons.Add(ReviewReason.BelowHalfExpected);
        }
        if (results.Any(r => r.MovingAway))
        {
            reasons.Add(ReviewReason.MovingAway);
        }
        decimal? perPoint = cost is { } c && mean is > 0 ? Math.Round(c / (decimal)(mean.Value * 100), 2) : null;
        return new SheetReview(mean, expected, days, enough, cost, perPoint, reasons);
    }
}
