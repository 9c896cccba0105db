using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>EVT-1 on a phone: the mediator reports an event in a few taps, and a report made without network leaves once it is back.</summary>
public sealed class ReportEventTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task Mediator_ReportsWithoutNetwork_AndTheReportLeavesOnceBackOnline_Once()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await SignInAsync(DemoAccounts.FieldAgent);
        await Page.GotoAsync($"p/{echirolles}/evenements/signaler");
        var form = Page.Locator("[data-testid=report-form]");
        await Expect(form).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");

        await form.GetByText("Occupation de hall ou de parties communes").ClickAsync();
        await form.GetByText("Moyenne", new() { Exact = true }).ClickAsync();
        await Page.Locator("#commune").SelectOptionAsync(new SelectOptionValue { Label = "Échirolles" });
        await Page.Locator("#description").FillAsync("Une dizaine de jeunes dans le hall, musique forte. Unique et vérifiable " + Guid.NewGuid().ToString("N")[..6]);
        var description = await Page.Locator("#description").InputValueAsync();

        await Page.Context.SetOfflineAsync(true);
        await Page.Locator("[data-testid=report-submit]").ClickAsync();
        await Expect(Page.Locator("#report-status")).ToContainTextAsync("Pas de connexion");

        await Page.Context.SetOfflineAsync(false);
        await Expect(Page.Locator("#report-status")).ToContainTextAsync("Signalement envoyé", new() { Timeout = 40_000 });
        await Page.ReloadAsync();
        await Expect(Page.Locator("#report-status")).ToBeEmptyAsync();

        var count = await Page.EvaluateAsync<int>(@"async ([pid, text]) => {
            const r = await fetch(`/api/v1/partnerships/${pid}/events?pageSize=500`, { credentials: 'same-origin' });
            const page = await r.json();
            return page.items.filter(e => e.description === text).length;
        }", new object[] { echirolles.ToString(), description });
        Assert.Equal(1, count);
    }

    [BrowserFact]
    public async Task Mediator_WithAPhoneNumberInTheText_IsToldWhatToRemove_AndNothingIsSent()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await SignInAsync(DemoAccounts.FieldAgent);
        await Page.GotoAsync($"p/{echirolles}/evenements/signaler");
        var form = Page.Locator("[data-testid=report-form]");
        await form.GetByText("Rodéo motorisé").ClickAsync();
        await form.GetByText("Grave", new() { Exact = true }).ClickAsync();
        await Page.Locator("#commune").SelectOptionAsync(new SelectOptionValue { Label = "Échirolles" });
        await Page.Locator("#description").FillAsync("Rappeler le témoin au 06 12 34 56 78");
        await Page.Locator("[data-testid=report-submit]").ClickAsync();
        await Expect(Page.Locator("[data-error-for=description]")).ToContainTextAsync("numéro de téléphone");
        await Expect(Page.Locator("#report-status")).ToContainTextAsync("données personnelles");
        await Axe.AssertAccessibleAsync(Page);
    }
}
