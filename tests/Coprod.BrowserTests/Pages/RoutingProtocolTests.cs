using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

/// <summary>EVT-2: the coordinator reads the demo protocol and asks who would receive a rodeo in Échirolles.</summary>
public sealed class RoutingProtocolTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Coordinator_SimulatesARodeo_AndSeesThePoliceWouldBeTold()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/evenements/protocole");
        await Expect(Page.Locator("[data-testid=protocol-rules]")).ToContainTextAsync("Violences et rodéos : police");
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=simulate-category]").SelectOptionAsync("rodeo");
        await Page.Locator("[data-testid=simulate-place]").SelectOptionAsync("c:38151");
        await Page.Locator("[data-testid=simulate-run]").ClickAsync();
        await Expect(Page.Locator("[data-testid=simulate-result]")).ToContainTextAsync("Police municipale d'Échirolles");
        await Axe.AssertAccessibleAsync(Page);
    }
}
