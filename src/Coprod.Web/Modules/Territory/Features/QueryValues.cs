using System.Globalization;
using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>
/// Query-string values read by hand, so that a bad value gives a validation problem naming the
/// field instead of a bare 400 from parameter binding.
/// </summary>
internal static class QueryValues
{
    /// <summary>A <c>yyyy-MM-dd</c> date, or <paramref name="fallback"/> when absent.</summary>
    public static bool TryDate(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return string.IsNullOrWhiteSpace(text)
            || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    /// <summary>A finite decimal number with a point, within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static bool TryNumber(string? text, double min, double max, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= min && value <= max;

    public static DateOnly Today(TimeProvider clock) => ParisTime.Today(clock);
}
