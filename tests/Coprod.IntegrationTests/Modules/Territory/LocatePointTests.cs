using System.Globalization;
using System.Net;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.Modules.Territory.TerritoryTestData;

namespace Coprod.IntegrationTests.Modules.Territory;

public sealed class LocatePointTests(AppFactory app)
{
    private static string Url(Guid partnershipId, double lat, double lon, string? at = null) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/partnerships/{partnershipId}/areas/locate?lat={lat}&lon={lon}") + (at is null ? "" : "&at=" + at);

    [Fact]
    public async Task Locate_AsMember_ReturnsTheCommuneAndTheAreasContainingThePoint()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await client.ImportOkAsync(partnership.Id, Area("Quartier Ouest", half: 0.01), Area("QPV Village", "qpv", half: 0.002), Area("Loin", lon: 5.80));
        var member = await app.CreateUserAsync();
        await app.GrantAsync(member, partnership, PartnershipRole.Partenaire);

        var response = await app.ClientFor(member.Id).GetAsync(Url(partnership.Id, Lat, Lon), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("Échirolles", body.GetProperty("commune").GetProperty("name").GetString());
        Assert.Equal(["QPV Village", "Quartier Ouest"], body.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Locate_PointOutsideEveryArea_ReturnsNoCommuneAndNoArea()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await client.ImportOkAsync(partnership.Id, Area("Centre"));
        var body = await JsonAsync(await client.GetAsync(Url(partnership.Id, 48.85, 2.35), TestContext.Current.CancellationToken));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("commune").ValueKind);
        Assert.Empty(body.GetProperty("areas").EnumerateArray());
    }

    [Fact]
    public async Task Locate_AfterAnotherImport_SeesTheNewAreas()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await client.ImportOkAsync(partnership.Id, Area("Nord", lat: 45.16));
        Assert.Empty((await JsonAsync(await client.GetAsync(Url(partnership.Id, Lat, Lon), TestContext.Current.CancellationToken))).GetProperty("areas").EnumerateArray());

        await client.ImportOkAsync(partnership.Id, Area("Sud"));

        var areas = (await JsonAsync(await client.GetAsync(Url(partnership.Id, Lat, Lon), TestContext.Current.CancellationToken))).GetProperty("areas");
        Assert.Equal("Sud", Assert.Single(areas.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Locate_AsNonMember_ReturnsForbidden()
    {
        var partnership = await app.CreatePartnershipAsync();
        var stranger = await app.CreateUserAsync();
        var response = await app.ClientFor(stranger.Id).GetAsync(Url(partnership.Id, Lat, Lon), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Locate_Anonymous_ReturnsUnauthorized()
    {
        var partnership = await app.CreatePartnershipAsync();
        var response = await app.Anonymous().GetAsync(Url(partnership.Id, Lat, Lon), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("lat=91&lon=5.7", "lat")]
    [InlineData("lat=45,1&lon=5.7", "lat")]
    [InlineData("lon=5.7", "lat")]
    [InlineData("lat=45.1&lon=-181", "lon")]
    [InlineData("lat=45.1&lon=NaN", "lon")]
    [InlineData("lat=45.1&lon=5.7&at=hier", "at")]
    public async Task Locate_BadInput_ReturnsValidationProblemNamingTheField(string query, string field)
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var errors = await ValidationErrorsAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/areas/locate?{query}", TestContext.Current.CancellationToken));
        Assert.Equal([field], errors.Keys);
    }
}
