using Coprod.Web.Modules.Events.Features;

namespace Coprod.UnitTests.Modules.Events.Features;

public sealed class DigestOptionsTests
{
    [Fact]
    public void NextRun_AfterTodaysHour_IsTomorrowAtTheHour_ParisTime()
    {
        // 17:30 UTC on 20 January is 18:30 in Paris: the next digest is on the 21st at 18:00 Paris (17:00 UTC).
        var options = new DigestOptions { Hour = 18 };
        Assert.Equal(new DateTimeOffset(2027, 1, 21, 17, 0, 0, TimeSpan.Zero), options.NextRun(new DateTimeOffset(2027, 1, 20, 17, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void NextRun_InSummer_FollowsDaylightSaving() =>
        Assert.Equal(new DateTimeOffset(2027, 7, 20, 16, 0, 0, TimeSpan.Zero), new DigestOptions { Hour = 18 }.NextRun(new DateTimeOffset(2027, 7, 20, 9, 0, 0, TimeSpan.Zero)));
}
