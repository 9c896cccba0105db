using System.Net;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>The import and API key pages (prerendered), through the same policies as their routes.</summary>
public sealed class IngestPagesTests(AppFactory app)
{
    private static async Task<string> PageAsync(HttpClient client, EventsWorld world, string page)
    {
        var response = await client.GetAsync($"/p/{world.Partnership.Id}/evenements/{page}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ImportPage_AsPartner_ShowsTheFormatAndTheFileInput()
    {
        var world = await CreateAsync(app);
        var html = await PageAsync(world.Police, world, "import");
        Assert.Contains(">Importer des événements</h1>", html);
        Assert.Contains("categorie;date;gravite;description;latitude;longitude;commune;secteur;reference", html);
        Assert.Contains("<label for=\"import-file\"", html);
    }

    [Fact]
    public async Task ImportPage_AsFieldAgent_ShowsAccessDenied()
    {
        var world = await CreateAsync(app);
        var html = await PageAsync(world.Mediator, world, "import");
        Assert.Contains("Accès refusé", html);
        Assert.DoesNotContain("import-file", html);
    }

    [Fact]
    public async Task ApiKeysPage_AsCoordinator_ListsKeysByPrefix_NeverTheSecret()
    {
        var world = await CreateAsync(app);
        var (_, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id, "Main courante PM");
        var html = await PageAsync(world.Coordinator, world, "cles-api");
        Assert.Contains("Main courante PM", html);
        Assert.Contains(secret[..8], html);
        Assert.DoesNotContain(secret, html);
    }

    [Fact]
    public async Task ApiKeysPage_AsPartner_ShowsAccessDenied()
    {
        var world = await CreateAsync(app);
        await world.CreateKeyAsync(world.PoliceMunicipale.Id, "Main courante PM");
        var html = await PageAsync(world.Police, world, "cles-api");
        Assert.Contains("Accès refusé", html);
        Assert.DoesNotContain("Main courante PM", html);
    }
}
