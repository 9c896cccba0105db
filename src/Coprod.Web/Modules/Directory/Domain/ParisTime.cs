namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>Presence hours are wall-clock times in Europe/Paris, whatever the server's zone and the season.</summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The minute of the week (from Monday 00:00) of an instant in Paris.</summary>
    public static int MinuteOfWeek(DateTimeOffset instant)
    {
        var local = ToParis(instant);
        return WeekInterval.MinuteOfWeek(local.DayOfWeek, TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>A Paris wall-clock time as an instant (a time skipped by the spring change reads as the one after it).</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }
}
