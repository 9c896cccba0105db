using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>A field agent, on a phone, asks who handles hall occupation in Échirolles, then at night.</summary>
public sealed class WhoDoesWhatTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    private static string NextWednesdayAtOne()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var days = ((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days).ToDateTime(new TimeOnly(1, 0)).ToString("yyyy-MM-ddTHH:mm");
    }

    [BrowserFact]
    public async Task FieldAgent_OnPhone_SeesTheServicesThenTheNightGap()
    {
        await SignInAsync(DemoAccounts.FieldAgent);
        var id = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Blazor.GotoInteractiveAsync(Page, $"p/{id}/qui-fait-quoi");
        await Expect(Page.Locator("h1")).ToContainTextAsync("Qui fait quoi");

        await Page.Locator("[data-testid=problem-picker]").SelectOptionAsync("occupation-halls");
        await Page.Locator("[data-testid=place-picker]").SelectOptionAsync("c:38151");
        await Expect(Page.Locator("[data-testid=competent-service]").First).ToBeVisibleAsync();
        Assert.Equal(3, await Page.Locator("[data-testid=competent-service]").CountAsync());
        await Expect(Page.Locator("a[href^='tel:']").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=gap-message]")).ToHaveCountAsync(0);

        await Page.Locator("[data-testid=at-picker]").FillAsync(NextWednesdayAtOne());
        await Expect(Page.Locator("[data-testid=gap-message]")).ToContainTextAsync("Aucun service compétent");

        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
    }
}
