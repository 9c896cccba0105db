using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

/// <summary>The demo's watch cell as the coordinator finds it: the heating quartier's alerts of this week, and the summer's rodeo alerts closed.</summary>
public sealed class DemoWatchTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Coordinator_SeesMistralHeatingUp_AndTheSummersRodeosClosed()
    {
        var metropole = await Host.PartnershipIdAsync(DemoAccounts.Metropole);
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{metropole}/veille");

        var open = Page.Locator("[data-testid=alerts-open] [data-testid=alert-card]", new() { HasText = "Mistral – Eaux-Claires" });
        await Expect(open.First).ToBeVisibleAsync();
        Assert.True(await open.CountAsync() >= 1);
        await Expect(Page.Locator("[data-testid=alerts-closed]")).ToContainTextAsync("Villeneuve – Village olympique");
        await Axe.AssertAccessibleAsync(Page);
    }
}
