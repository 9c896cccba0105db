using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>GOV-3 on a phone: the coordinator sends a meeting's decision digest, the mediator reads it on the field and acknowledges it.</summary>
public sealed class DigestOnPhoneTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task FieldAgent_ReadsTheDigestOnAPhone_AndAcknowledgesIt()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/decisions");
        await Page.Locator("[data-testid=decisions-table] a[href*='/instances/reunions/']").First.ClickAsync();
        await Expect(Page.Locator("[data-testid=digest-send]")).ToBeVisibleAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        await Page.Locator("[data-testid=digest-send]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Relevé envoyé à");

        await Page.Context.ClearCookiesAsync();
        await SignInAsync(DemoAccounts.FieldAgent);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/decisions");
        var received = Page.Locator("[data-testid=digests-received]");
        await Expect(received).ToContainTextAsync("Relevé de décisions");
        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");

        var unread = received.Locator("[data-testid=digest-ack]");
        var before = await unread.CountAsync();
        await unread.First.ClickAsync();
        await Expect(unread).ToHaveCountAsync(before - 1);
        await Expect(received).ToContainTextAsync("Lu le");
    }
}
