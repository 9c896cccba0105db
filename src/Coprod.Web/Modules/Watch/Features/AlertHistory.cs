using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// The weekly counts of an alert's series over the <see cref="Weeks"/> weeks up to the end of its
/// period, and for a spike rule the expected count and upper limit each week's own baseline gives
/// (weeks before the partnership's first event left out, as in the evaluation): what the chart shows.
/// </summary>
public sealed class AlertHistory(AlertEvents events)
{
    public const int Weeks = 52;

    public async Task<IReadOnlyList<WeekCountDto>> ForAsync(WatchAlert alert, AlertRule rule, AreaVersions areas, CancellationToken ct)
    {
        var last = IsoWeek.Of(alert.PeriodEnd);
        var first = last.AddWeeks(1 - Weeks);
        var weeks = Enumerable.Range(0, Weeks).Select(first.AddWeeks).ToList();
        var (category, known) = await events.CategoryAsync(alert.PartnershipId, alert.CategoryCode, ct);
        if (!known)
        {
            return weeks.Select(w => new WeekCountDto(w.ToString(), w.Monday, 0, null, null)).ToList();
        }
        var spike = rule.Kind == AlertRuleKind.Spike ? rule.SpikeOptions : null;
        var from = spike is null ? first : SpikeBaseline.Weeks(first, spike.Years)[0];
        var series = AlertSeries.Of(alert, areas);
        var hits = await events.LoadAsync(alert.PartnershipId, category, [series], WatchCalendar.StartOf(from), WatchCalendar.EndOf(last), ct);
        var counts = AlertEvents.ByWeek(hits, series, DateTimeOffset.MaxValue);
        var dataStart = await events.FirstEventAsync(alert.PartnershipId, ct) is { } f ? WatchCalendar.WeekOf(f) : (IsoWeek?)null;
        return weeks.Select(w =>
        {
            var count = counts.GetValueOrDefault(w);
            if (spike is null)
            {
                return new WeekCountDto(w.ToString(), w.Monday, count, null, null);
            }
            var baseline = SpikeBaseline.Weeks(w, spike.Years).Where(b => dataStart is { } start && b.CompareTo(start) >= 0).Select(b => counts.GetValueOrDefault(b)).ToList();
            var a = SpikeRule.Evaluate(count, baseline, spike);
            return new WeekCountDto(w.ToString(), w.Monday, count, a.UpperLimit is null ? null : a.Expected, a.UpperLimit);
        }).ToList();
    }
}
