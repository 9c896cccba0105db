using Coprod.BrowserTests.Infrastructure;

namespace Coprod.BrowserTests.Pages;

public sealed class RoleTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task FieldAgent_InPartnership_SeesNoMembersNorAuditAndIsDeniedTheAuditTrail()
    {
        await SignInAsync(DemoAccounts.FieldAgent);
        await Page.Locator("[data-testid=partnership-link]").First.ClickAsync();
        await Page.WaitForURLAsync(PartnershipTests.PartnershipPath());
        var partnership = CurrentPath;
        var nav = Page.Locator("nav").First;
        // The partnership's own links are there, so the absence below is not a half-rendered menu.
        await Expect(nav.Locator($"a[href$='{partnership}/territoire']")).ToBeVisibleAsync();

        await Expect(nav.Locator("a[href$='/membres']")).ToHaveCountAsync(0);
        await Expect(nav.Locator("a[href$='/journal']")).ToHaveCountAsync(0);

        await Page.GotoAsync(partnership.TrimStart('/') + "/journal");

        await Expect(Page.Locator("main")).ToContainTextAsync("Accès refusé");
        await Expect(Page.Locator("[data-testid=audit-table]")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Admin_SeesAdministrationButNoPartnershipContent()
    {
        await SignInAsync(DemoAccounts.Admin);

        await Expect(Page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=partnership-link]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#partnership-switch")).ToHaveCountAsync(0);
        var admin = Page.Locator("nav a[href='/admin']");
        await Expect(admin).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);

        await admin.ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        // The URL changes before the page does (interactive routing): wait for the page itself.
        await Expect(Page.Locator("[data-testid=admin-partnerships]")).ToBeVisibleAsync();
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Accès refusé");
        await Axe.AssertAccessibleAsync(Page);

        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Page.GotoAsync($"p/{echirolles}");

        await Expect(Page.Locator("main")).ToContainTextAsync("Accès refusé");
        await Expect(Page.Locator("main h1")).Not.ToContainTextAsync(DemoAccounts.Echirolles);
        await Expect(Page.Locator("[data-testid=communes-table]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("[data-testid=compliance-panel]")).ToHaveCountAsync(0);
    }
}
