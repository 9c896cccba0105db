using System.Text.RegularExpressions;
using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

public sealed partial class PartnershipTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Coordinator_SignsIn_SeesBothPartnershipsAndOpensOne()
    {
        await SignInAsync(DemoAccounts.Coordinator);

        Assert.Equal("/", CurrentPath);
        var links = Page.Locator("[data-testid=partnership-link]");
        await Expect(links.Filter(new LocatorFilterOptions { HasText = DemoAccounts.Metropole })).ToHaveCountAsync(1);
        await Expect(links.Filter(new LocatorFilterOptions { HasText = DemoAccounts.Echirolles })).ToHaveCountAsync(1);
        await Axe.AssertAccessibleAsync(Page);

        await links.Filter(new LocatorFilterOptions { HasText = DemoAccounts.Echirolles }).ClickAsync();

        await Page.WaitForURLAsync(PartnershipPath());
        await Expect(Page.Locator("h1")).ToContainTextAsync(DemoAccounts.Echirolles);
        var compliance = Page.Locator("[data-testid=compliance-panel]");
        await Expect(compliance).ToBeVisibleAsync();
        await Expect(compliance).ToContainTextAsync(FrenchWords());
        await Expect(compliance).Not.ToContainTextAsync("Legal obligations");
        var communes = Page.Locator("[data-testid=communes-table]");
        await Expect(communes).ToBeVisibleAsync();
        await Expect(communes).ToContainTextAsync("Échirolles");
        await Axe.AssertAccessibleAsync(Page);
    }

    [BrowserFact]
    public async Task Coordinator_SwitchesPartnershipFromAppBar_SeesTheOther()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await Page.Locator("[data-testid=partnership-link]").Filter(new LocatorFilterOptions { HasText = DemoAccounts.Echirolles }).ClickAsync();
        await Expect(Page.Locator("h1")).ToContainTextAsync(DemoAccounts.Echirolles);
        var echirolles = CurrentPath;
        await Blazor.WaitForInteractiveAsync(Page);

        await Page.Locator("#partnership-switch").SelectOptionAsync(new SelectOptionValue { Label = DemoAccounts.Metropole });

        await Expect(Page.Locator("h1")).ToContainTextAsync(DemoAccounts.Metropole);
        Assert.Matches(PartnershipPath(), CurrentPath);
        Assert.NotEqual(echirolles, CurrentPath);
        await Expect(Page.Locator("#partnership-switch option:checked")).ToHaveTextAsync(DemoAccounts.Metropole);
    }

    [BrowserFact]
    public async Task LanguageSwitch_ToEnglishAndBack_ChangesTheInterface()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var nav = Page.Locator("nav").First;
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(nav).ToContainTextAsync("Accueil");

        await Page.Locator("[data-testid=language-switch]").ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(nav).ToContainTextAsync("Home");
        await Expect(nav).Not.ToContainTextAsync("Accueil");
        Assert.Equal("/", CurrentPath);
        await Blazor.WaitForInteractiveAsync(Page);

        await Page.Locator("[data-testid=language-switch]").ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(nav).ToContainTextAsync("Accueil");
    }

    [BrowserFact]
    public async Task LanguageSwitch_OnPartnershipPageReachedInApp_StaysOnThatPage()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await Page.Locator("[data-testid=partnership-link]").Filter(new LocatorFilterOptions { HasText = DemoAccounts.Echirolles }).ClickAsync();
        await Expect(Page.Locator("h1")).ToContainTextAsync(DemoAccounts.Echirolles);
        var partnership = CurrentPath;

        await Page.Locator("[data-testid=language-switch]").ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal(partnership, CurrentPath);
        await Expect(Page.Locator("h1")).ToContainTextAsync(DemoAccounts.Echirolles);
    }

    /// <summary>Words of the compliance panel (title, statuses, legal basis) that only French uses.</summary>
    // No flags nor \b: Playwright hands the pattern to the browser's RegExp, where \b ignores accented letters.
    [GeneratedRegex("[Oo]bligations légales|[Bb]ase légale|[Rr]especté|[Ff]acultatif|[Ss]ans objet|[Bb]loqué|[Ss]euils")]
    private static partial Regex FrenchWords();

    [GeneratedRegex(@"/p/[0-9a-fA-F-]{36}$")]
    internal static partial Regex PartnershipPath();
}
