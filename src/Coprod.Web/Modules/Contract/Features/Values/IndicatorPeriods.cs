using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary>
/// The periods an indicator is measured over: calendar months, quarters, half-years or years, cut to the contract's period; a
/// period is complete once its last day is past.
/// </summary>
public static class IndicatorPeriods
{
    /// <summary>One period, first and last day inclusive.</summary>
    public readonly record struct Period(DateOnly Start, DateOnly End);

    public static int Months(IndicatorFrequency frequency) => frequency switch
    {
        IndicatorFrequency.Monthly => 1,
        IndicatorFrequency.Quarterly => 3,
        IndicatorFrequency.HalfYearly => 6,
        _ => 12,
    };

    /// <summary>The complete periods from <paramref name="from"/> to <paramref name="to"/> (inclusive) whose last day is before <paramref name="today"/>.</summary>
    public static IReadOnlyList<Period> Complete(IndicatorFrequency frequency, DateOnly from, DateOnly to, DateOnly today)
    {
        var months = Months(frequency);
        var periods = new List<Period>();
        var start = new DateOnly(from.Year, (from.Month - 1) / months * months + 1, 1);
        while (start <= to)
        {
            var next = start.AddMonths(months);
            var period = new Period(start < from ? from : start, next.AddDays(-1) > to ? to : next.AddDays(-1));
            if (period.End >= today)
            {
                break;
            }
            periods.Add(period);
            start = next;
        }
        return periods;
    }
}
