using System.Net;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Contract.ContractWorld;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>The server-rendered (prerendered) contract pages, through the same authorisation as the API.</summary>
public sealed class ContractPageTests(AppFactory app)
{
    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ContractSheetAndPrintPages_AsFieldAgent_ShowTheContractByTheme()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        await world.CreateSheetAsync(Id(contract), Priority(contract, 1), title: "Permanence VIF");
        var vague = await world.CreateSheetAsync(Id(contract), Priority(contract, 0), complete: false, title: "Présence renforcée");
        var agent = await world.MemberAsync(PartnershipRole.Agent);
        var root = $"/p/{world.Partnership.Id}/contrat";

        var list = await PageAsync(agent, root);
        Assert.Contains("Stratégie territoriale 2026-2028", list);
        Assert.DoesNotContain("data-testid=\"contract-form\"", list);

        var page = await PageAsync(agent, $"{root}/{Id(contract)}");
        Assert.Contains("Fiche n° 2 : Présence renforcée", page);
        Assert.Contains("À préciser (", page);
        Assert.Contains("1 fiche(s) complète(s) sur 2 ; 1 fiche(s) portée(s) par une seule institution.", page);
        Assert.True(page.IndexOf("Tranquillité publique", StringComparison.Ordinal) < page.IndexOf("Violences intrafamiliales", StringComparison.Ordinal));
        Assert.DoesNotContain("data-testid=\"contract-sign\"", page);

        var sheet = await PageAsync(agent, $"{root}/{Id(contract)}/fiches/{Id(vague)}");
        Assert.Contains("« Renforcer »", sheet);
        Assert.Contains("symptôme du catalogue", sheet);
        Assert.DoesNotContain("data-testid=\"sheet-edit\"", sheet);

        var print = await PageAsync(agent, $"{root}/{Id(contract)}/imprimer");
        var first = print.IndexOf("Fiche n° 2 : Présence renforcée", StringComparison.Ordinal);
        var second = print.IndexOf("Fiche n° 1 : Permanence VIF", StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, "the print view reads by theme, in the priorities' order");
    }

    [Fact]
    public async Task ContractPage_AsCoordinator_OffersTheSignature_AndAnotherPartnershipIsRefused()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var page = await PageAsync(world.Coordinator, $"/p/{world.Partnership.Id}/contrat/{Id(contract)}");
        Assert.Contains("data-testid=\"contract-sign\"", page);
        var (_, _, outsider) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var refused = await PageAsync(outsider, $"/p/{world.Partnership.Id}/contrat/{Id(contract)}");
        Assert.DoesNotContain("Stratégie territoriale 2026-2028", refused);
    }
}
