using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>GOV-4 on a phone: the mayor sees at a glance who comes to meetings and which bodies keep their rhythm.</summary>
public sealed class HealthTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task Health_ShowsTheFiguresAndTheLeastPresentInstitutions_OnAPhone()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/sante");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Santé du partenariat", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=health-figures]")).ToContainTextAsync("Présence aux réunions");
        await Expect(Page.Locator("[data-testid=health-bars] li").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=health-bodies]")).ToContainTextAsync("/");
        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
    }
}
