using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// EVT-3 with two people at once: the mediator reports a rodeo from a phone, the municipal police
/// sees it appear on its live feed without reloading and acknowledges it, and the mediator's feed
/// shows the acknowledgement live. The report goes through the API (as the reporting page does).
/// </summary>
public sealed class LiveFeedTests(BrowserHost host) : BrowserTest(host)
{
    private const string MunicipalPolice = "police-municipale@demo.coprod.fr";

    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task PoliceSeesTheMediatorsReportLive_AndTheMediatorSeesTheAcknowledgementLive()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await using var policeContext = await Host.NewContextAsync();
        var police = await policeContext.NewPageAsync();
        await SignInAsync(police, MunicipalPolice);
        await Blazor.GotoInteractiveAsync(police, $"p/{echirolles}/evenements/fil");
        await Expect(police.Locator("h1")).ToHaveTextAsync("Fil d’information");

        await SignInAsync(DemoAccounts.FieldAgent);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/evenements/fil");
        var reported = await Page.APIRequest.PostAsync($"api/v1/partnerships/{echirolles}/events", new APIRequestContextOptions
        {
            DataObject = new
            {
                category = "rodeo",
                severity = "Grave",
                occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5),
                commune = "38151",
                description = "Rodéo de motos sur le parking du centre commercial.",
            },
        });
        Assert.Equal(201, reported.Status);
        var eventId = (await reported.JsonAsync())!.Value.GetProperty("id").GetGuid();

        var item = police.Locator($"[data-testid=feed-item][data-event='{eventId}']");
        await Expect(item).ToContainTextAsync("Rodéo de motos sur le parking");
        await Axe.AssertAccessibleAsync(police);
        await item.Locator("[data-testid=feed-ack]").ClickAsync();
        await Expect(item.Locator("[data-testid=feed-acknowledged]")).ToContainTextAsync("Pris en compte par");

        var report = Page.Locator($"[data-testid=feed-report][data-event='{eventId}']");
        await Expect(report.Locator("[data-testid=report-acknowledged]")).ToContainTextAsync("pris en compte par Police municipale (démo)");
        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("compte/connexion");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.Locator("form:has(#password) [type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Blazor.WaitForInteractiveAsync(page);
    }
}
