using Coprod.Web.Modules.Watch.Features;

namespace Coprod.UnitTests.Modules.Watch.Features;

public sealed class MobiliseChoicesTests
{
    [Fact]
    public void Input_ReadsTheKindOfTargetFromTheKey()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new MobiliseInput(id, null, null, "Patrouilles"), ListMobiliseChoices.Choices.Input($"i:{id}", "Patrouilles"));
        Assert.Equal(new MobiliseInput(null, id, null, "Médiation"), ListMobiliseChoices.Choices.Input($"p:{id}", "Médiation"));
        Assert.Equal(new MobiliseInput(null, null, id, null), ListMobiliseChoices.Choices.Input($"m:{id}", null));
    }

    [Fact]
    public void Input_WithNothingChosen_HasNoTarget_SoThatTheHandlerSaysSo()
    {
        Assert.Equal(new MobiliseInput(null, null, null, "Rôle"), ListMobiliseChoices.Choices.Input("", "Rôle"));
    }
}
