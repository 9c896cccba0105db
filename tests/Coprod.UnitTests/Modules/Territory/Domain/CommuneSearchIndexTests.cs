using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.UnitTests.Modules.Territory.Domain;

public sealed class CommuneSearchIndexTests
{
    private static Commune Commune(string insee, string name, int population, params string[] postalCodes) =>
        new(insee, name, insee[..2], "84", population, postalCodes, null);

    private static readonly CommuneSearchIndex Index = new([
        Commune("38421", "Saint-Martin-d'Hères", 37_695, "38400"),
        Commune("38423", "Saint-Martin-d'Uriage", 5_700, "38410"),
        Commune("38151", "Échirolles", 37_491, "38130"),
        Commune("38185", "Grenoble", 158_000, "38000", "38100"),
        Commune("26281", "Saint-Martin-en-Vercors", 400, "26420"),
        Commune("38400", "Saint-Martin-le-Vinoux", 5_900, "38950"),
        Commune("73201", "Martin-des-Champs", 100, "73000"),
    ]);

    private static string[] Names(string query, int limit = 20) => Index.Search(query, limit).Select(c => c.Name).ToArray();

    [Fact]
    public void Search_NameWithoutAccentsOrPunctuation_FindsTheCommune() =>
        Assert.Equal("Saint-Martin-d'Hères", Names("saint martin d'heres")[0]);

    [Fact]
    public void Search_LowerCaseWithoutAccent_FindsEchirolles() => Assert.Equal(["Échirolles"], Names("echirolles"));

    [Fact]
    public void Search_CodeThatIsBothInseeAndPostal_PutsTheLargerCommuneFirst() =>
        Assert.Equal(["Saint-Martin-d'Hères", "Saint-Martin-le-Vinoux"], Names("38400"));

    [Fact]
    public void Search_InseeCode_FindsTheCommune() => Assert.Equal(["Échirolles"], Names("38151"));

    [Fact]
    public void Search_PostalCode_FindsTheCommune() => Assert.Equal("Grenoble", Names("38100")[0]);

    [Fact]
    public void Search_CodePrefix_FindsCommunesByDepartement() => Assert.Equal(5, Names("38").Length);

    [Fact]
    public void Search_NamePrefix_ComesBeforeWordPrefixThenContains()
    {
        var names = Names("martin");
        Assert.Equal("Martin-des-Champs", names[0]);
        Assert.Equal(["Saint-Martin-d'Hères", "Saint-Martin-le-Vinoux", "Saint-Martin-d'Uriage", "Saint-Martin-en-Vercors"], names[1..]);
    }

    [Fact]
    public void Search_TiesOnRank_GoToTheLargerCommune() =>
        Assert.Equal(["Saint-Martin-d'Hères", "Saint-Martin-le-Vinoux", "Saint-Martin-d'Uriage", "Saint-Martin-en-Vercors"], Names("saint martin"));

    [Fact]
    public void Search_WordPrefixesInOrder_FindsTheCommune() => Assert.Equal(["Saint-Martin-d'Hères"], Names("st mart d her"));

    [Fact]
    public void Search_MiddleOfAWord_IsAContainsMatch() => Assert.Equal(["Échirolles"], Names("chirol"));

    [Fact]
    public void Search_Limit_CutsTheList() => Assert.Equal(2, Names("saint", 2).Length);

    [Fact]
    public void Search_OnlyPunctuation_FindsNothing() => Assert.Empty(Names("'-"));
}
