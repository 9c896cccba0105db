using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>Days and ISO weeks on the Paris wall clock, as instants to query events with.</summary>
public static class WatchCalendar
{
    /// <summary>Midnight starting <paramref name="day"/>, Paris time, as a UTC instant (PostgreSQL compares UTC only).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => ParisTime.FromLocal(day.ToDateTime(TimeOnly.MinValue)).ToUniversalTime();

    /// <summary>Monday 00:00 of <paramref name="week"/>, Paris time.</summary>
    public static DateTimeOffset StartOf(IsoWeek week) => StartOf(week.Monday);

    /// <summary>The next Monday 00:00 (exclusive end of the week).</summary>
    public static DateTimeOffset EndOf(IsoWeek week) => StartOf(week.Monday.AddDays(7));

    /// <summary>The ISO week holding <paramref name="instant"/>'s Paris date.</summary>
    public static IsoWeek WeekOf(DateTimeOffset instant) => IsoWeek.Of(ParisTime.DateOf(instant));
}
