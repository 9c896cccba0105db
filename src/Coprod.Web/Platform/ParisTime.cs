namespace Coprod.Web.Platform;

/// <summary>
/// Coprod's wall clock: presence hours, meetings, due dates and "today" are Europe/Paris times,
/// whatever the server's zone and the season.
/// </summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Paris date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToParis(instant).DateTime);

    /// <summary>Today's date in Paris.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

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
