using System.Globalization;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), e.g. 2026-W09.</summary>
public readonly record struct IsoWeek : IComparable<IsoWeek>
{
    /// <summary>Week <paramref name="week"/> of ISO year <paramref name="year"/>; refuses a week the year does not have.</summary>
    public IsoWeek(int year, int week)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(week, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(week, ISOWeek.GetWeeksInYear(year));
        (Year, Week) = (year, week);
    }

    public int Year { get; }

    public int Week { get; }

    /// <summary>The first day of the week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>The week that holds <paramref name="day"/>.</summary>
    public static IsoWeek Of(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(at), ISOWeek.GetWeekOfYear(at));
    }

    /// <summary>The week <paramref name="weeks"/> weeks later (earlier when negative), across years.</summary>
    public IsoWeek AddWeeks(int weeks) => Of(Monday.AddDays(7 * weeks));

    /// <summary>
    /// The week with the same number <paramref name="years"/> ISO years earlier; week 53 becomes week 52
    /// in a year that has no week 53.
    /// </summary>
    public IsoWeek YearsEarlier(int years)
    {
        var year = Year - years;
        return new IsoWeek(year, Math.Min(Week, ISOWeek.GetWeeksInYear(year)));
    }

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    /// <summary>ISO form, e.g. <c>2026-W09</c>.</summary>
    public override string ToString() => $"{Year:D4}-W{Week:D2}";
}
