using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.UnitTests.Modules.Watch.Domain;

public sealed class CanonicalPointsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void Survey_GivesTheBox_AndSaysWhetherEveryWeightIsOne(int count)
    {
        var points = Enumerable.Range(0, count).Select(i => new WatchPoint(5.7 + i * 0.01, 45.1 - i * 0.02)).ToArray();

        var (box, unitWeights) = CanonicalPoints.Survey(points);

        Assert.True(unitWeights);
        Assert.Equal((5.7, 5.7 + (count - 1) * 0.01, 45.1 - (count - 1) * 0.02, 45.1), (box!.MinX, box.MaxX, box.MinY, box.MaxY));
        points[^1] = points[^1] with { Weight = 2 };
        Assert.False(CanonicalPoints.Survey(points).UnitWeights);
    }

    [Fact]
    public void Survey_NoPoints_GivesNoBox() => Assert.Null(CanonicalPoints.Survey([]).Box);

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(5)]
    public void Survey_InvalidPoint_IsRefusedWithItsPosition(int at)
    {
        var points = Enumerable.Repeat(new WatchPoint(5.7, 45.1), 6).ToArray();
        points[at] = points[at] with { Weight = double.NaN };

        var refused = Assert.Throws<WatchGridException>(() => CanonicalPoints.Survey(points));

        Assert.Equal(GridRefusal.InvalidPoint, refused.Refusal);
        Assert.Equal([at + 1.0], refused.Values);
    }
}
