using Coprod.Web.Modules.Partnerships.Domain;

namespace Coprod.UnitTests.Modules.Partnerships;

public sealed class MembershipTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);

    [Fact]
    public void IsActiveOn_BeforeStart_IsFalse() => Assert.False(new Membership { StartsOn = Start }.IsActiveOn(Start.AddDays(-1)));

    [Fact]
    public void IsActiveOn_OpenEnded_IsTrue() => Assert.True(new Membership { StartsOn = Start }.IsActiveOn(Start.AddYears(3)));

    [Fact]
    public void IsActiveOn_TheEndDay_IsFalseSoALeaverLosesAccessAtOnce()
    {
        var m = new Membership { StartsOn = Start, EndsOn = Start.AddDays(10) };
        Assert.True(m.IsActiveOn(Start.AddDays(9)));
        Assert.False(m.IsActiveOn(Start.AddDays(10)));
    }
}
