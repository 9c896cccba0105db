using Coprod.Web.Modules.Territory.Data;

namespace Coprod.UnitTests.Modules.Territory.Data;

public sealed class EmbeddedGeographyTests
{
    private static readonly EmbeddedGeography Geography = new();

    [Fact]
    public void Source_ShippedFile_IsTheCog2026FromTheEtalabPackage()
    {
        Assert.Equal(2026, Geography.CogYear);
        Assert.Equal("@etalab/decoupage-administratif", Geography.Source.Package);
    }

    [Fact]
    public void FindCommune_Echirolles_HasItsDepartementRegionPostalCodeAndMetropole()
    {
        var commune = Geography.FindCommune("38151")!;
        Assert.Equal("Échirolles", commune.Name);
        Assert.Equal("38", commune.DepartementCode);
        Assert.Equal("84", commune.RegionCode);
        Assert.Contains("38130", commune.PostalCodes);
        Assert.True(commune.Population > 30_000);
        var epci = Geography.FindEpci(commune.EpciSiren!)!;
        Assert.Contains("Grenoble", epci.Name);
        Assert.Contains("38421", epci.Members);
    }

    [Fact]
    public void FindCommune_CorsicanCodeInLowerCase_IsFound() => Assert.NotNull(Geography.FindCommune("2a004"));

    [Fact]
    public void FindCommune_DelegatedOrUnknownCode_IsNull()
    {
        Assert.Null(Geography.FindCommune("00000"));
        Assert.Null(Geography.FindCommune("75101")); // a Paris arrondissement, not a commune
    }

    [Fact]
    public void FindDepartementAndRegion_Isere_AreAuvergneRhoneAlpes()
    {
        Assert.Equal("Isère", Geography.FindDepartement("38")!.Name);
        Assert.Equal("Auvergne-Rhône-Alpes", Geography.FindRegion("84")!.Name);
    }

    [Theory]
    [InlineData("saint martin d'heres", "38421")]
    [InlineData("echirolles", "38151")]
    [InlineData("38151", "38151")]
    [InlineData("38400", "38421")]
    [InlineData("SAINT-DENIS", "97411")]
    public void SearchCommunes_RealData_PutsTheExpectedCommuneFirst(string query, string insee) =>
        Assert.Equal(insee, Geography.SearchCommunes(query, 5)[0].Insee);
}
