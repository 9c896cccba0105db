using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>
/// A span of the week in minutes from Monday 00:00 (wall-clock time), <see cref="End"/> exclusive
/// and possibly beyond the week's end (Sunday 22:00 → 02:00 ends on Monday of the next week).
/// </summary>
public readonly record struct WeekInterval(int Start, int End)
{
    public const int MinutesPerWeek = 7 * 24 * 60;

    /// <summary>The minute of the week (from Monday 00:00) of an instant, on the Paris wall clock.</summary>
    public static int MinuteOfWeek(DateTimeOffset instant)
    {
        var local = ParisTime.ToParis(instant);
        return MinuteOfWeek(local.DayOfWeek, TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>Minutes from Monday 00:00 of a wall-clock day and time.</summary>
    public static int MinuteOfWeek(DayOfWeek day, TimeOnly time) => (((int)day + 6) % 7 * 24 * 60) + (time.Hour * 60) + time.Minute;

    /// <summary>The slot from <paramref name="start"/> to <paramref name="end"/>; an end at or before the start is on the next day.</summary>
    public static WeekInterval Of(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        var from = MinuteOfWeek(day, start);
        var length = ((end.Hour * 60) + end.Minute - (start.Hour * 60) - start.Minute + (24 * 60)) % (24 * 60);
        return new WeekInterval(from, from + (length == 0 ? 24 * 60 : length));
    }

    /// <summary>Whether the minute of the week falls in the span (the week wraps around).</summary>
    public bool Contains(int minuteOfWeek) =>
        (minuteOfWeek >= Start && minuteOfWeek < End) || (minuteOfWeek + MinutesPerWeek >= Start && minuteOfWeek + MinutesPerWeek < End);

    /// <summary>Whether two spans share at least a minute (the week wraps around).</summary>
    public bool Overlaps(WeekInterval other) =>
        Intersects(this, other) || Intersects(this, Shift(other, MinutesPerWeek)) || Intersects(Shift(this, MinutesPerWeek), other);

    private static bool Intersects(WeekInterval a, WeekInterval b) => a.Start < b.End && b.Start < a.End;

    private static WeekInterval Shift(WeekInterval i, int minutes) => new(i.Start + minutes, i.End + minutes);
}
