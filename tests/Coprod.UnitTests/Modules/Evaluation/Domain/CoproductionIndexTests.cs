using Coprod.Web.Modules.Evaluation.Domain;

namespace Coprod.UnitTests.Modules.Evaluation.Domain;

public sealed class CoproductionIndexTests
{
    [Fact]
    public void Of_AllComponents_IsTheirMeanTimesAHundred()
    {
        var score = CoproductionScore.Of(new CoproductionCounts(4, 3, 4, 2, 15, 20, 5, 4));

        Assert.Equal((0.75, 0.5, 0.75, 0.8), (score.SharedSheets, score.CommitmentsKept, score.DataContributed, score.MeetingsAttended));
        Assert.Equal(70, score.Index);
        Assert.Equal(4, score.Available.Count);
    }

    [Fact]
    public void Of_AMissingComponent_IsLeftOut_NotCountedAsZero()
    {
        var score = CoproductionScore.Of(new CoproductionCounts(0, 0, 0, 0, 30, 20, 2, 2));

        Assert.Null(score.SharedSheets);
        Assert.Null(score.CommitmentsKept);
        Assert.Equal(1, score.DataContributed); // above the median contributor: capped
        Assert.Equal(100, score.Index);
        Assert.Equal([CoproductionComponent.DataContributed, CoproductionComponent.MeetingsAttended], score.Available);
    }

    [Fact]
    public void Of_NothingToMeasure_HasNoIndex()
    {
        var score = CoproductionScore.Of(new CoproductionCounts(0, 0, 0, 0, 0, 0, 0, 0));

        Assert.Null(score.Index);
        Assert.Empty(score.Available);
    }

    [Fact]
    public void Of_NoContributionWhileOthersContribute_CountsZero()
    {
        var score = CoproductionScore.Of(new CoproductionCounts(0, 0, 0, 0, 0, 8, 0, 0));

        Assert.Equal(0, score.DataContributed);
        Assert.Equal(0, score.Index);
    }

    [Fact]
    public void MedianContributor_IsTheMedianOfThoseWhoContributed()
    {
        Assert.Equal(5, CoproductionScore.MedianContributor([0, 0, 0, 3, 5, 40]));
        Assert.Equal(4, CoproductionScore.MedianContributor([0, 3, 5]));
        Assert.Equal(0, CoproductionScore.MedianContributor([0, 0]));
    }
}
