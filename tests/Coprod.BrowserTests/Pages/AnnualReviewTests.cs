using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>EVAL-3 on a phone: the coordinator opens « Bilan annuel » from the menu for the Métropole's seeded contract, generates it and reads it; axe clean.</summary>
public sealed class AnnualReviewTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task Coordinator_GeneratesTheYearlyReview_AndReadsItInThePage()
    {
        var metropole = await Host.PartnershipIdAsync(DemoAccounts.Metropole);
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{metropole}/bilan-annuel");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Bilan annuel", Level = 1 })).ToBeVisibleAsync();
        await Page.Locator("[data-testid=annual-generate]").ClickAsync();

        var review = Page.Locator("[data-testid=annual-review]");
        await Expect(review).ToBeVisibleAsync();
        await Expect(review.GetByRole(AriaRole.Heading, new() { Name = "Le contrat" })).ToBeVisibleAsync();
        await Expect(review.GetByRole(AriaRole.Heading, new() { Name = "Avenants proposés" })).ToBeVisibleAsync();
        await Expect(review.Locator("table").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=annual-docx]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("format=docx"));
        await Expect(Page.Locator("[data-testid=annual-pdf]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("format=pdf"));

        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
    }
}
