using System.Net;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.Modules.Territory.TerritoryTestData;

namespace Coprod.IntegrationTests.Modules.Territory;

public sealed class ListAreasTests(AppFactory app)
{
    [Fact]
    public async Task List_AsPlainMember_ReturnsTodaysAreasWithGeoJsonOutlines()
    {
        var (partnership, _, coordinator) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await coordinator.ImportOkAsync(partnership.Id, Area("Centre", "qpv", validFrom: "2024-01-01"));
        var agent = await app.CreateUserAsync();
        await app.GrantAsync(agent, partnership, PartnershipRole.Agent);

        var response = await app.ClientFor(agent.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}/areas", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var area = Assert.Single((await JsonAsync(response)).GetProperty("areas").EnumerateArray());
        Assert.Equal(("Centre", "Qpv", "38151"), (area.GetProperty("name").GetString(), area.GetProperty("kind").GetString(), area.GetProperty("communeInsee").GetString()));
        var geometry = area.GetProperty("geometry");
        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        Assert.Equal(5, geometry.GetProperty("coordinates")[0].GetArrayLength());
    }

    [Fact]
    public async Task List_AtAPastDay_ReturnsTheZoningOfThatDay()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2020-01-01", half: 0.002));
        await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2024-01-01", half: 0.004));

        var past = await JsonAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/areas?at=2023-12-31", TestContext.Current.CancellationToken));
        var now = await JsonAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/areas", TestContext.Current.CancellationToken));
        var before = await JsonAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/areas?at=2019-12-31", TestContext.Current.CancellationToken));

        Assert.Equal("2023-12-31", Assert.Single(past.GetProperty("areas").EnumerateArray()).GetProperty("validUntil").GetString());
        Assert.Equal("2024-01-01", Assert.Single(now.GetProperty("areas").EnumerateArray()).GetProperty("validFrom").GetString());
        Assert.Empty(before.GetProperty("areas").EnumerateArray());
    }

    [Fact]
    public async Task List_AsNonMember_ReturnsForbidden()
    {
        var partnership = await app.CreatePartnershipAsync();
        var stranger = await app.CreateUserAsync();
        var response = await app.ClientFor(stranger.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}/areas", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_AsFormerMember_ReturnsForbidden()
    {
        var partnership = await app.CreatePartnershipAsync();
        var former = await app.CreateUserAsync();
        await app.GrantAsync(former, partnership, PartnershipRole.Partenaire, endsOn: new DateOnly(2024, 12, 31));
        var response = await app.ClientFor(former.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}/areas", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_Anonymous_ReturnsUnauthorized()
    {
        var partnership = await app.CreatePartnershipAsync();
        var response = await app.Anonymous().GetAsync($"/api/v1/partnerships/{partnership.Id}/areas", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("31/12/2024")]
    [InlineData("2024-02-30")]
    public async Task List_BadDate_ReturnsValidationProblemOnAt(string at)
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var errors = await ValidationErrorsAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/areas?at={at}", TestContext.Current.CancellationToken));
        Assert.Equal(["at"], errors.Keys);
    }
}
