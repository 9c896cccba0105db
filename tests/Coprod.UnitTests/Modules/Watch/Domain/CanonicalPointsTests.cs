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

    [Fact]
    public void Survey_ALargeListInTwoHalves_GivesTheWholeBox_AndTheFirstInvalidPosition()
    {
        // Over 200,000 points the survey runs on two threads.
        var points = Enumerable.Range(0, 250_001).Select(i => new WatchPoint(5.7 + i % 1000 * 1e-5, 45.1 + i * 1e-7)).ToArray();
        points[200_000] = points[200_000] with { Weight = 3 };

        var (box, unitWeights) = CanonicalPoints.Survey((IReadOnlyList<WatchPoint>)points);

        Assert.False(unitWeights);
        Assert.Equal((5.7, 5.7 + 999e-5, 45.1, 45.1 + 250_000e-7), (box!.MinX, box.MaxX, box.MinY, box.MaxY));
        points[240_000] = points[240_000] with { Latitude = 91 };
        points[249_999] = points[249_999] with { Latitude = 91 };
        var refused = Assert.Throws<WatchGridException>(() => CanonicalPoints.Survey((IReadOnlyList<WatchPoint>)points));
        Assert.Equal([240_001.0], refused.Values);
    }
}
