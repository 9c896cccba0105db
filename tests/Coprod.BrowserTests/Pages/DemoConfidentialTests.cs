using System.Text.RegularExpressions;
using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Confidential.Domain;
using Microsoft.EntityFrameworkCore;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// The demo's confidential groups as a newcomer tries them: the educator signs in with her second factor, opens a case of the
/// « Groupe opérationnel mineurs » and finds her own read in its access log; the mayor learns only that a coordination exists
/// and who runs it, and a case's address shows her nothing.
/// </summary>
public sealed partial class DemoConfidentialTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";
    private const string Educator = "educatrice@demo.coprod.fr";
    private const string Mayor = "maire@demo.coprod.fr";

    [GeneratedRegex("Fictivier|Imaginaire|Exemplaire")]
    private static partial Regex DemoNames();

    [BrowserFact]
    public async Task Educator_SignsInWithHerCode_OpensADemoCase_AndFindsHerReadInItsAccessLog()
    {
        await SignInAsync(Educator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel");
        var group = Page.Locator("[data-testid=my-groups] .mud-card", new() { HasText = "Groupe opérationnel mineurs — Échirolles" });
        await Expect(group).ToContainTextAsync("Accès ouvert");
        await group.Locator("[data-testid=group-cases-link]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/situations", StringComparison.Ordinal));
        await Blazor.WaitForInteractiveAsync(Page);
        var cases = Page.Locator("[data-testid=cases-table] [data-testid=case-link]");
        await Expect(cases).ToHaveCountAsync(2);
        await Expect(Page.Locator("[data-testid=cases-table]")).ToContainTextAsync(DemoNames());
        await Axe.AssertAccessibleAsync(Page);

        await cases.First.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.Contains("/confidentiel/situations/", StringComparison.Ordinal));
        await Expect(Page.Locator("[data-testid=case-persons]")).ToContainTextAsync(DemoNames());
        await Page.Locator("[data-testid=case-access-log]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/acces", StringComparison.Ordinal));
        await Blazor.WaitForInteractiveAsync(Page);
        await Expect(Page.Locator("[data-testid=log-table]")).ToContainTextAsync("Éducatrice (démo)");
        await Axe.AssertAccessibleAsync(Page);
    }

    [BrowserFact]
    public async Task Mayor_LearnsOnlyThatACoordinationExistsAndWhoRunsIt()
    {
        var partnershipId = Guid.Parse(Echirolles);
        var caseIds = new List<Guid>();
        await Host.WithDbAsync(async db => caseIds = await db.Set<ConfidentialCase>().Where(c => c.PartnershipId == partnershipId).Select(c => c.Id).ToListAsync());
        Assert.NotEmpty(caseIds);
        await SignInAsync(Mayor);

        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel/coordinations");
        var coordinations = Page.Locator("[data-testid=coordinations]");
        await Expect(coordinations).ToContainTextAsync("Coordination nécessaire, coordonnée par Éducatrice (démo)");
        await Axe.AssertAccessibleAsync(Page);
        await Expect(Page.Locator("main")).Not.ToContainTextAsync(DemoNames());

        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel");
        await Expect(Page.Locator("[data-testid=my-groups-none]")).ToBeVisibleAsync();
        foreach (var id in caseIds)
        {
            await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/confidentiel/situations/{id}");
            await Expect(Page.Locator("[data-testid=case-not-found]")).ToBeVisibleAsync();
            await Expect(Page.Locator("main")).Not.ToContainTextAsync(DemoNames());
        }
    }
}
