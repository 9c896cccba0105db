namespace Coprod.Web.Modules.Evaluation.Domain;

/// <summary>
/// The progress expected of an indicator at a date: the share of its period elapsed, the period running
/// from the contract's start to its end, or to the sheet's last milestone when that comes earlier (a
/// sheet planned over eighteen months is expected to be done after eighteen months, not three years).
/// </summary>
public static class ExpectedProgress
{
    /// <summary>The share (0 to 1) of [<paramref name="start"/>, <paramref name="end"/>] elapsed on <paramref name="today"/>.</summary>
    public static double At(DateOnly start, DateOnly end, DateOnly today)
    {
        if (today <= start)
        {
            return 0;
        }
        return today >= end ? 1 : (double)(today.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber);
    }

    /// <summary>The end of a sheet's period: its last milestone when it falls inside the contract, else the contract's end.</summary>
    public static DateOnly SheetEnd(DateOnly contractStart, DateOnly contractEnd, IEnumerable<DateOnly> milestones)
    {
        var last = milestones.DefaultIfEmpty(contractEnd).Max();
        return last > contractStart && last < contractEnd ? last : contractEnd;
    }
}
