using System.Net;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.Modules.Territory.TerritoryTestData;

namespace Coprod.IntegrationTests.Modules.Territory;

/// <summary>The server-rendered (prerendered) territory page, through the same authorisation as the API.</summary>
public sealed class TerritoryPageTests(AppFactory app)
{
    private static async Task<string> PageAsync(HttpClient client, Guid partnershipId)
    {
        var response = await client.GetAsync($"/p/{partnershipId}/territoire", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Page_AsPlainMember_ShowsComplianceCommunesMapAndAreasWithoutImportForm()
    {
        var (partnership, _, coordinator) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await coordinator.ImportOkAsync(partnership.Id, Area("Village Deux", "qpv", validFrom: "2024-01-01"));
        var partner = await app.CreateUserAsync();
        await app.GrantAsync(partner, partnership, PartnershipRole.Partenaire);

        var html = await PageAsync(app.ClientFor(partner.Id), partnership.Id);

        Assert.Contains("<h1", html);
        Assert.Contains("data-testid=\"compliance-panel\"", html);
        Assert.Contains("data-code=\"CLSPD\" data-status=\"Met\"", html);
        Assert.Contains("37\u202f491", html);
        Assert.Contains("role=\"img\"", html);
        Assert.Contains("Village Deux", html);
        Assert.Contains("id=\"locate-lat\"", html);
        Assert.DoesNotContain("data-testid=\"area-import\"", html);
    }

    [Fact]
    public async Task Page_AsCoordinator_ShowsTheImportForm()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var html = await PageAsync(client, partnership.Id);
        Assert.Contains("data-testid=\"area-import\"", html);
        Assert.Contains("<label for=\"area-file\"", html);
    }

    [Fact]
    public async Task Page_AsNonMember_ShowsAccessDenied()
    {
        var partnership = await app.CreatePartnershipAsync();
        var stranger = await app.CreateUserAsync();
        var html = await PageAsync(app.ClientFor(stranger.Id), partnership.Id);
        Assert.Contains("Accès refusé", html);
        Assert.DoesNotContain("compliance-panel", html);
        Assert.DoesNotContain("Échirolles", html);
    }

    [Fact]
    public async Task Page_Anonymous_RedirectsToSignIn()
    {
        var partnership = await app.CreatePartnershipAsync();
        var response = await app.Anonymous().GetAsync($"/p/{partnership.Id}/territoire", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/compte/connexion", response.Headers.Location?.ToString());
    }
}
