using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.UnitTests.Modules.Territory.Domain;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Saint-Martin-d'Hères", "saint martin d heres")]
    [InlineData("  ÉCHIROLLES ", "echirolles")]
    [InlineData("saint martin d’heres", "saint martin d heres")]
    [InlineData("L'Haÿ-les-Roses", "l hay les roses")]
    [InlineData("Vœuil-et-Giget", "voeuil et giget")]
    [InlineData("--", "")]
    [InlineData(null, "")]
    public void Normalize_AnySpelling_GivesAccentlessLowerCaseWords(string? text, string expected) =>
        Assert.Equal(expected, SearchText.Normalize(text));

    [Fact]
    public void QueryWords_Abbreviations_AreExpanded() =>
        Assert.Equal(["saint", "martin", "sainte", "foy"], SearchText.QueryWords("st martin ste foy"));
}
