namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>Which past weeks a week is compared with by the spike rule (VEI-1).</summary>
public static class SpikeBaseline
{
    /// <summary>
    /// The same ISO week and the weeks just before and after it, in each of the <paramref name="years"/>
    /// previous years, oldest first: for 2026-W10 and 3 years, 2023-W09 to W11, 2024-W09 to W11 and
    /// 2025-W09 to W11. Comparing with the same season of earlier years takes out the yearly rhythm
    /// (summer evenings, school holidays, New Year's Eve) that a comparison with the last few weeks
    /// would mistake for a spike; the weeks either side steady the mean. Weeks before the data starts
    /// should be left out by the caller (not counted as zero).
    /// </summary>
    public static IReadOnlyList<IsoWeek> Weeks(IsoWeek current, int years = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var weeks = new List<IsoWeek>(3 * years);
        for (var k = years; k >= 1; k--)
        {
            var same = current.YearsEarlier(k);
            weeks.AddRange([same.AddWeeks(-1), same, same.AddWeeks(1)]);
        }
        return weeks;
    }
}
