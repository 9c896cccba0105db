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
        var nav = Page.Locator("nav");
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

    /// <summary>Words the compliance panel cannot do without in French, and that English would not use.</summary>
    [GeneratedRegex(@"\b(obligations?|obligatoires?|conformes?|conformité|habitants|coordonnateur|coordinateur|légales?|séance|plénière|requis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchWords();

    [GeneratedRegex(@"/p/[0-9a-fA-F-]{36}$")]
    internal static partial Regex PartnershipPath();
}
