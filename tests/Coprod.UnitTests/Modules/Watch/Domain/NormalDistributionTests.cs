using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class NormalDistributionTests
{
    [Theory]
    // Two-sided tail of the standard normal (C's erfc(z/√2)): critical values of the 90, 95 and 99 % levels, and 2 P(Z > z) for z = 1, 3, 5, 8.
    [InlineData(0, 1)]
    [InlineData(1, 0.31731050786291415)]
    [InlineData(1.6448536269514722, 0.1)]
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(2.5758293035489004, 0.01)]
    [InlineData(3, 0.0026997960632601913)]
    [InlineData(-3, 0.0026997960632601913)]
    [InlineData(5, 5.733031437583892e-07)]
    [InlineData(8, 1.2441921148543639e-15)]
    public void TwoSidedP_KnownValues_AreExact(double z, double p) =>
        Assert.True(Math.Abs(NormalDistribution.TwoSidedP(z) - p) <= 1e-12 * p, $"z {z}: {NormalDistribution.TwoSidedP(z)} for {p}");

    [Theory]
    // erfc either side of x = 2, where the series hands over to the continued fraction, and lower down (C's erfc).
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1.2, 0.08968602177036465)]
    [InlineData(1.9999999, 0.004677737047746216)]
    [InlineData(2.0, 0.004677734981047265)]
    public void Erfc_OnBothMethods_IsExact(double x, double erfc) =>
        Assert.True(Math.Abs(NormalDistribution.Erfc(x) - erfc) <= 1e-13 * erfc, $"x {x}: {NormalDistribution.Erfc(x)} for {erfc}");

    [Fact]
    public void TwoSidedP_FromZeroToTen_DecreasesFromOneToZero()
    {
        var previous = 1.0;
        for (var z = 0.0; z <= 10; z += 0.01)
        {
            var p = NormalDistribution.TwoSidedP(z);
            Assert.True(p <= previous && p >= 0, $"z {z}");
            previous = p;
        }
        Assert.True(previous < 1e-20);
    }

    [Theory]
    [InlineData(2.6, HotspotClass.Hot99)]
    [InlineData(2.0, HotspotClass.Hot95)]
    [InlineData(1.7, HotspotClass.Hot90)]
    [InlineData(1.6, HotspotClass.NotSignificant)]
    [InlineData(0, HotspotClass.NotSignificant)]
    [InlineData(-1.7, HotspotClass.Cold90)]
    [InlineData(-2.0, HotspotClass.Cold95)]
    [InlineData(-2.6, HotspotClass.Cold99)]
    public void Class_FollowsTheArcGisBins(double z, HotspotClass expected) =>
        Assert.Equal(expected, HotspotClasses.Of(z, NormalDistribution.TwoSidedP(z)));
}
