using System.Net;

namespace Coprod.IntegrationTests.Modules.Territory;

public sealed class GeographyEndpointsTests(AppFactory app)
{
    private async Task<HttpClient> SignedInAsync() => app.ClientFor((await app.CreateUserAsync()).Id);

    [Fact]
    public async Task Search_AsAnySignedInUser_ReturnsCommunesBestFirst()
    {
        var client = await SignedInAsync();
        var response = await client.GetAsync("/api/v1/geography/communes?q=saint%20martin%20d'heres&limit=3", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = (await TerritoryTestData.JsonAsync(response))[0];
        Assert.Equal("38421", first.GetProperty("insee").GetString());
        Assert.Equal("Saint-Martin-d'Hères", first.GetProperty("name").GetString());
        Assert.Equal("Isère", first.GetProperty("departementName").GetString());
        Assert.Equal("38400", first.GetProperty("postalCodes")[0].GetString());
        Assert.Contains("Grenoble", first.GetProperty("epciName").GetString());
        Assert.True(first.GetProperty("population").GetInt32() > 30_000);
    }

    [Fact]
    public async Task Search_PostalCode_FindsTheCommune()
    {
        var response = await (await SignedInAsync()).GetAsync("/api/v1/geography/communes?q=38130", TestContext.Current.CancellationToken);
        Assert.Equal("38151", (await TerritoryTestData.JsonAsync(response))[0].GetProperty("insee").GetString());
    }

    [Fact]
    public async Task Search_Anonymous_ReturnsUnauthorized()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/geography/communes?q=echirolles", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("?q=e", "q")]
    [InlineData("?q=%20%20", "q")]
    [InlineData("?q=echirolles&limit=0", "limit")]
    [InlineData("?q=echirolles&limit=51", "limit")]
    [InlineData("?q=echirolles&limit=dix", "limit")]
    public async Task Search_BadInput_ReturnsValidationProblemNamingTheField(string query, string field)
    {
        var response = await (await SignedInAsync()).GetAsync("/api/v1/geography/communes" + query, TestContext.Current.CancellationToken);
        Assert.Contains(field, (await TerritoryTestData.ValidationErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Search_QueryOver100Characters_ReturnsValidationProblem()
    {
        var response = await (await SignedInAsync()).GetAsync("/api/v1/geography/communes?q=" + new string('a', 101), TestContext.Current.CancellationToken);
        Assert.Contains("100", (await TerritoryTestData.ValidationErrorsAsync(response))["q"][0]);
    }

    [Fact]
    public async Task GetCommune_KnownCode_ReturnsIt()
    {
        var response = await (await SignedInAsync()).GetAsync("/api/v1/geography/communes/38151", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Échirolles", (await TerritoryTestData.JsonAsync(response)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetCommune_UnknownCode_ReturnsNotFoundProblem()
    {
        var response = await (await SignedInAsync()).GetAsync("/api/v1/geography/communes/99999", TestContext.Current.CancellationToken);
        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("99999", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task GetCommune_Anonymous_ReturnsUnauthorized()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/geography/communes/38151", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEveryTerritoryRouteWithItsOwnSchemas()
    {
        var document = await app.Anonymous().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        foreach (var name in new[] { "Territory_SearchCommunes", "Territory_GetCommune", "Territory_ListAreas", "Territory_LocatePoint",
                     "Territory_ImportAreas", "Territory_RetireArea", "Territory_Compliance",
                     "AreasOnDay", "PointLocation", "ImportOutcome", "Retirement", "ComplianceReport", "GeoJsonGeometry" })
        {
            Assert.Contains($"\"{name}\"", document);
        }
        Assert.DoesNotContain("\"GeometryFactory\"", document);
    }
}
