using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// EVT-3 with two people at once: the mediator reports a rodeo from a phone, the municipal police
/// sees it appear on its live feed without reloading and acknowledges it, and the mediator's feed
/// shows the acknowledgement live. The report goes through the reporting page on the phone.
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
        await Page.GotoAsync($"p/{echirolles}/evenements/signaler");
        var form = Page.Locator("[data-testid=report-form]");
        await form.GetByText("Rodéo motorisé").ClickAsync();
        await form.GetByText("Grave", new() { Exact = true }).ClickAsync();
        await Page.Locator("#commune").SelectOptionAsync(new SelectOptionValue { Label = "Échirolles" });
        var description = "Rodéo de motos sur le parking du centre commercial, passage " + Guid.NewGuid().ToString("N")[..6] + ".";
        await Page.Locator("#description").FillAsync(description);
        await Page.Locator("[data-testid=report-submit]").ClickAsync();
        await Expect(Page.Locator("#report-status")).ToContainTextAsync("Signalement envoyé");
        var eventId = await Page.EvaluateAsync<string>(@"async ([pid, text]) => {
            const r = await fetch(`/api/v1/partnerships/${pid}/events?pageSize=50`, { credentials: 'same-origin' });
            return (await r.json()).items.find(e => e.description === text).id;
        }", new object[] { echirolles.ToString(), description });
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/evenements/fil");

        var item = police.Locator($"[data-testid=feed-item][data-event='{eventId}']");
        await Expect(item).ToContainTextAsync(description);
        await Axe.AssertAccessibleAsync(police);
        await item.Locator("[data-testid=feed-ack]").ClickAsync();
        await Expect(item.Locator("[data-testid=feed-acknowledged]")).ToContainTextAsync("Pris en compte par");

        var report = Page.Locator($"[data-testid=feed-report][data-event='{eventId}']");
        await Expect(report.Locator("[data-testid=report-acknowledged]")).ToContainTextAsync("pris en compte par Police municipale (démo)");
        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
    }
}
