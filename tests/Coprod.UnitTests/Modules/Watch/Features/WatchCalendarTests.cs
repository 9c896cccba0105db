using Coprod.Web.Modules.Watch;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;

namespace Coprod.UnitTests.Modules.Watch.Features;

public sealed class WatchCalendarTests
{
    [Fact]
    public void Week_StartsAndEndsAtParisMidnight_WhateverTheSeason()
    {
        var winter = new IsoWeek(2026, 2);
        var acrossTheSpringChange = new IsoWeek(2026, 13);

        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.FromHours(1)), WatchCalendar.StartOf(winter));
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 0, 0, 0, TimeSpan.FromHours(1)), WatchCalendar.StartOf(acrossTheSpringChange));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.FromHours(2)), WatchCalendar.EndOf(acrossTheSpringChange));
        Assert.Equal(TimeSpan.Zero, WatchCalendar.StartOf(winter).Offset);
    }

    [Fact]
    public void WeekOf_ASundayNightInUtc_IsTheNextWeekInParis()
    {
        var sundayLateUtc = new DateTimeOffset(2026, 3, 8, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new IsoWeek(2026, 11), WatchCalendar.WeekOf(sundayLateUtc));
    }

    [Fact]
    public void Period_ReadsAsAWeekForASpike_AndAsDaysForAThreshold()
    {
        var t = Localized.In<WatchText>();
        var monday = new DateOnly(2026, 3, 9);

        Assert.Equal("semaine 2026-W11 (du 09/03 au 15/03/2026)", AlertPeriod.Text(monday, monday.AddDays(6), AlertRuleKind.Spike, t));
        Assert.Equal("du 05/03/2026 au 11/03/2026", AlertPeriod.Text(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 11), AlertRuleKind.Fixed, t));
    }
}
