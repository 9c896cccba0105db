namespace Coprod.Web.Modules.Evaluation.Domain;

/// <summary>A value as the figures read it: the period it measures, the figure, and when it was recorded (entered or computed alike).</summary>
public sealed record RecordedValue(DateOnly PeriodEnd, decimal Value, DateTimeOffset RecordedAt);

/// <summary>A point of an indicator's series: the value in force for the period ending <see cref="PeriodEnd"/>.</summary>
public sealed record SeriesPoint(DateOnly PeriodEnd, decimal Value);

/// <summary>Where an indicator stands against what is expected of it by now.</summary>
public enum IndicatorStatus
{
    /// <summary>« sans donnée »: no value yet, or no baseline and target to measure progress against.</summary>
    NoData = 0,

    /// <summary>« en retard »: progress below the expected progress, less the tolerance.</summary>
    Late = 1,

    /// <summary>« en bonne voie »: progress at least the expected progress, less the tolerance.</summary>
    OnTrack = 2,

    /// <summary>« atteint »: the target is reached (progress at least 1).</summary>
    Reached = 3,
}

/// <summary>
/// The figures of one indicator (EVAL-1): its series (per period, the value recorded last for that period,
/// entered or computed), its latest value, its progress from baseline B to target T
/// (<c>(latest − B) / (T − B)</c>, kept raw: below 0 when it moved away from the target, above 1 beyond it),
/// its direction (decreasing when T &lt; B), the expected progress at the date and its status.
/// </summary>
public sealed record IndicatorFigures(
    decimal? Baseline, decimal? Target, bool Decreasing, decimal? Latest, DateOnly? LatestPeriod, double? Progress, double Expected,
    IndicatorStatus Status, IReadOnlyList<SeriesPoint> Series)
{
    /// <summary>How far below the expected progress an indicator is still « en bonne voie ».</summary>
    public const double Tolerance = 0.1;

    /// <summary>The progress clamped to [0, 1], for a gauge.</summary>
    public double? ProgressShown => Progress is { } p ? Math.Clamp(p, 0, 1) : null;

    /// <summary>The result has gone the wrong way: the latest value is further from the target than the baseline.</summary>
    public bool MovingAway => Progress < 0;

    /// <summary>The figures of an indicator from its recorded values, against <paramref name="expected"/> (0 to 1).</summary>
    public static IndicatorFigures Compute(decimal? baseline, decimal? target, IEnumerable<RecordedValue> values, double expected)
    {
        var series = SeriesOf(values);
        var last = series.Count == 0 ? null : series[^1];
        var progress = last is null ? null : ProgressOf(baseline, target, last.Value);
        return new IndicatorFigures(baseline, target, target < baseline, last?.Value, last?.PeriodEnd, progress, expected, StatusOf(progress, expected), series);
    }

    /// <summary>The value in force per period (the one recorded last), oldest period first.</summary>
    public static IReadOnlyList<SeriesPoint> SeriesOf(IEnumerable<RecordedValue> values) =>
        values.GroupBy(v => v.PeriodEnd)
            .Select(g => new SeriesPoint(g.Key, g.OrderBy(v => v.RecordedAt).Last().Value))
            .OrderBy(p => p.PeriodEnd)
            .ToList();

    /// <summary>(value − baseline) / (target − baseline); null without a baseline and a distinct target.</summary>
    public static double? ProgressOf(decimal? baseline, decimal? target, decimal value) =>
        baseline is { } b && target is { } t && t != b ? (double)((value - b) / (t - b)) : null;

    /// <summary>Reached at 1, on track from <c>expected − </c><see cref="Tolerance"/>, late below, no data without a progress.</summary>
    public static IndicatorStatus StatusOf(double? progress, double expected) => progress switch
    {
        null => IndicatorStatus.NoData,
        >= 1 => IndicatorStatus.Reached,
        { } p when p >= expected - Tolerance => IndicatorStatus.OnTrack,
        _ => IndicatorStatus.Late,
    };
}
