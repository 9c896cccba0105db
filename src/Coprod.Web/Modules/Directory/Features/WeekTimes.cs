using System.Globalization;
using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>Days and times as clients send them, read by hand so that a bad value names its field.</summary>
internal static class WeekTimes
{
    /// <summary>An English day name (<c>Friday</c>, any case) or its ISO number (1 = Monday … 7 = Sunday).</summary>
    public static bool TryDay(string? text, out DayOfWeek day)
    {
        day = default;
        text = text?.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var iso))
        {
            day = (DayOfWeek)(iso % 7);
            return iso is >= 1 and <= 7;
        }
        return !string.IsNullOrEmpty(text) && Enum.TryParse(text, ignoreCase: true, out day) && Enum.IsDefined(day) && !text.Any(char.IsDigit);
    }

    /// <summary>A wall-clock time <c>HH:mm</c> (or <c>H:mm</c>), minutes only.</summary>
    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>
    /// An ISO-8601 instant. Without an offset (<c>2026-11-25T01:00</c>) it is read as Paris time,
    /// which is what a field agent means.
    /// </summary>
    public static bool TryInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local) && local.Kind == DateTimeKind.Unspecified)
        {
            instant = ParisTime.FromLocal(local);
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
