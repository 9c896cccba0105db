using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Confidential.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

public sealed class PhoneTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task PartnershipPage_OnPhone_HasNoHorizontalScrolling()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var id = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Page.GotoAsync($"p/{id}");
        await Expect(Page.Locator("h1")).ToContainTextAsync(DemoAccounts.Echirolles);
        await Expect(Page.Locator("[data-testid=communes-table]")).ToBeVisibleAsync();
        await Blazor.WaitForInteractiveAsync(Page);

        var widths = await Page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.body.scrollWidth]");

        Assert.True(widths[0] <= widths[1] && widths[2] <= widths[1],
            $"The page is wider than the 390 px screen: scrollWidth {widths[0]} (body {widths[2]}) > clientWidth {widths[1]}. " +
            "Widest elements: " + await WidestElementsAsync());
    }

    [BrowserFact]
    public async Task ConfidentialCase_OnPhone_HasNoHorizontalScrolling()
    {
        var id = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        var caseId = Guid.Empty;
        await Host.WithDbAsync(async db => caseId = await db.Set<ConfidentialCase>()
            .Where(c => c.PartnershipId == id && c.Status == CaseStatus.Active).Select(c => c.Id).FirstAsync());
        await SignInAsync("educatrice@demo.coprod.fr");
        await Blazor.GotoInteractiveAsync(Page, $"p/{id}/confidentiel/situations/{caseId}");
        await Expect(Page.Locator("[data-testid=case-persons]")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=add-entry-form]")).ToBeVisibleAsync();

        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");

        Assert.True(widths[0] <= widths[1], $"The case page is wider than the 390 px screen: {widths[0]} > {widths[1]}. Widest elements: " + await WidestElementsAsync());
    }

    private Task<string> WidestElementsAsync() => Page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')]
          .map(e => ({ e, r: e.getBoundingClientRect() }))
          .filter(x => x.r.right > document.documentElement.clientWidth + 1)
          .sort((a, b) => b.r.right - a.r.right)
          .slice(0, 5)
          .map(x => `${x.e.tagName.toLowerCase()}${x.e.id ? '#' + x.e.id : ''}.${[...x.e.classList].join('.')} (right ${Math.round(x.r.right)})`)
          .join('; ')
        """);
}
