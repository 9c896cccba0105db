using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

/// <summary>DIR-1 on /services: the coordinator corrects a service's phone number in place.</summary>
public sealed class ServicesAdminTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Coordinator_EditsAServicesPhoneInPlace()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/services");
        var section = Page.Locator("section.service-admin:visible").First;
        await section.Locator("[data-testid=service-edit]").ClickAsync();
        var form = section.Locator("[data-testid=service-edit-form]");
        await Expect(form).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);

        await form.Locator("[data-testid=service-edit-phone]").FillAsync("04 76 20 00 00");
        await form.Locator("[data-testid=service-edit-save]").ClickAsync();

        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Enregistré");
        await Expect(form).ToHaveCountAsync(0);
        await Expect(section).ToContainTextAsync("04 76 20 00 00");
    }
}
