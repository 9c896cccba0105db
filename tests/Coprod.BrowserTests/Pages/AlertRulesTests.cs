using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>VEI-1: the coordinator writes an alert rule; a missing figure is shown on its field, then the rule is saved.</summary>
public sealed class AlertRulesTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Coordinator_CreatesAFixedThresholdRule_AfterAFieldMessage()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/veille/regles");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Règles d’alerte", Level = 1 })).ToBeVisibleAsync();

        await Page.Locator("[data-testid=rule-name] input").FillAsync("Incendies de véhicules à Échirolles");
        await Page.Locator("[data-testid=rule-kind-Fixed]").CheckAsync();
        await Page.Locator("[data-testid=rule-category]").SelectOptionAsync("incendie");
        await Page.Locator("[data-testid=rule-scope-Commune]").CheckAsync();
        await Page.Locator("[data-testid=rule-commune]").SelectOptionAsync("38151");
        await Page.Locator("[data-testid=rule-threshold]").FillAsync("");
        await Page.Locator("[data-testid=rule-save]").ClickAsync();
        await Expect(Page.Locator("#rule-threshold-error")).ToHaveTextAsync("Ce champ est obligatoire.");
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=rule-threshold]").FillAsync("4");
        await Page.Locator("[data-testid=rule-save]").ClickAsync();
        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Règle enregistrée.");
        await Expect(Page.Locator("[data-testid=alert-rules]")).ToContainTextAsync("Incendie (véhicule, poubelle, local), Échirolles : alerte dès 4 événements en 7 jours.");
        // Once the snackbar has faded out (axe reads its colours mid-animation).
        await Expect(Page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Axe.AssertAccessibleAsync(Page);
    }
}
