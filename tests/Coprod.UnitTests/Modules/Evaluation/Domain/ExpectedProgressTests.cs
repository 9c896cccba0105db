using Coprod.Web.Modules.Evaluation.Domain;

namespace Coprod.UnitTests.Modules.Evaluation.Domain;

public sealed class ExpectedProgressTests
{
    private static readonly DateOnly Start = new(2024, 1, 1), End = new(2026, 12, 31);

    [Fact]
    public void At_IsTheShareOfThePeriodElapsed_FromZeroToOne()
    {
        Assert.Equal(0, ExpectedProgress.At(Start, End, new DateOnly(2023, 6, 1)));
        Assert.Equal(0.5, ExpectedProgress.At(Start, End, new DateOnly(2025, 7, 2)), 2);
        Assert.Equal(1, ExpectedProgress.At(Start, End, new DateOnly(2027, 3, 1)));
    }

    [Fact]
    public void SheetEnd_IsTheLastMilestone_WhenItFallsInsideTheContract()
    {
        Assert.Equal(new DateOnly(2025, 6, 30), ExpectedProgress.SheetEnd(Start, End, [new DateOnly(2024, 6, 1), new DateOnly(2025, 6, 30)]));
        Assert.Equal(End, ExpectedProgress.SheetEnd(Start, End, []));
        Assert.Equal(End, ExpectedProgress.SheetEnd(Start, End, [new DateOnly(2028, 1, 1)]));
    }
}
