using System.Globalization;
using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class SpikeBaselineTests
{
    private static string[] Weeks(int year, int week, int years = 3) =>
        [.. SpikeBaseline.Weeks(new IsoWeek(year, week), years).Select(w => w.ToString())];

    [Fact]
    public void Weeks_ThreeYears_AreTheSameWeekAndItsNeighboursOldestFirst() =>
        Assert.Equal(["2023-W09", "2023-W10", "2023-W11", "2024-W09", "2024-W10", "2024-W11", "2025-W09", "2025-W10", "2025-W11"], Weeks(2026, 10));

    [Fact]
    public void Weeks_FirstWeekOfTheYear_ReachBackIntoTheYearBefore() =>
        Assert.Equal(["2024-W52", "2025-W01", "2025-W02"], Weeks(2026, 1, years: 1));

    [Fact]
    public void Weeks_Week53_UseWeek52OfAYearWithout53()
    {
        // 2026 has 53 ISO weeks (1 January 2026 is a Thursday); 2025 has 52, 2020 had 53.
        Assert.Equal(["2025-W51", "2025-W52", "2026-W01"], Weeks(2026, 53, years: 1));
        Assert.Equal(["2020-W52", "2020-W53", "2021-W01"], Weeks(2026, 53, years: 6).Take(3));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-W01", "2025-12-29")]
    [InlineData("2021-01-01", "2020-W53", "2020-12-28")] // 1 January 2021 is in the last week of 2020
    [InlineData("2026-03-08", "2026-W10", "2026-03-02")] // a Sunday
    public void IsoWeek_Of_GivesTheIsoWeekAndItsMonday(string day, string week, string monday)
    {
        var of = IsoWeek.Of(DateOnly.Parse(day, CultureInfo.InvariantCulture));
        Assert.Equal(week, of.ToString());
        Assert.Equal(DateOnly.Parse(monday, CultureInfo.InvariantCulture), of.Monday);
    }

    [Fact]
    public void IsoWeek_AddWeeks_CrossesYears()
    {
        Assert.Equal(new IsoWeek(2021, 1), new IsoWeek(2020, 53).AddWeeks(1));
        Assert.Equal(new IsoWeek(2025, 52), new IsoWeek(2026, 1).AddWeeks(-1));
        Assert.True(new IsoWeek(2025, 52).CompareTo(new IsoWeek(2026, 1)) < 0);
    }

    [Fact]
    public void IsoWeek_ThatTheYearDoesNotHave_IsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(2025, 53));
}
