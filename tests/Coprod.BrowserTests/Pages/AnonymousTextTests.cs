using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>PRIV-1 in the interface: the anonymous text field warns while typing, and the server refuses the save.</summary>
public sealed class AnonymousTextTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task InstitutionName_WithPhone_IsHighlightedAndRefused_ThenSavedOnceRemoved()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/institutions");
        var nameField = Page.Locator("[data-testid=institution-name]");
        var input = nameField.Locator("input");
        var marks = nameField.Locator("mark");
        // The type first: the name's live check, answered below, comes after the choice in the circuit's queue.
        await PickTypeAsync("Médiation");

        await input.FillAsync("Antenne de médiation 06 12 34 56 78");

        await Expect(marks).ToHaveCountAsync(1);
        await Expect(marks).ToContainTextAsync("06 12 34 56 78");
        await Expect(marks).ToContainTextAsync("[numéro de téléphone]");
        await Expect(nameField.Locator("[role=status]")).ToContainTextAsync("Données personnelles repérées : numéro de téléphone");
        await Expect(nameField.Locator("[data-testid=privacy-advice]")).ToContainTextAsync("joignable par le service de médiation");
        await Expect(nameField.Locator("[data-testid=privacy-override]")).ToHaveCountAsync(0);
        await Axe.AssertAccessibleAsync(Page);

        await AddAsync();

        var form = Page.Locator("[data-testid=institution-form]");
        await Expect(form.Locator(".mud-alert")).ToContainTextAsync("Ce texte contient des données personnelles");
        await Expect(nameField).ToContainTextAsync("Données personnelles à retirer : numéro de téléphone « 06 12 34 56 78 »");
        await Expect(Page.Locator("[data-testid=institutions-table]")).Not.ToContainTextAsync("Antenne de médiation");
        await Axe.AssertAccessibleAsync(Page);

        await input.FillAsync("Antenne de médiation du Village 2");
        await Expect(marks).ToHaveCountAsync(0);
        await Expect(nameField.Locator("[data-testid=privacy-findings]")).ToHaveCountAsync(0);
        await AddAsync();

        await Expect(Page.Locator("[data-testid=institutions-table]")).ToContainTextAsync("Antenne de médiation du Village 2");
        await Expect(form.Locator(".mud-alert")).ToHaveCountAsync(0);
    }

    private async Task PickTypeAsync(string type)
    {
        await Page.Locator("[data-testid=institution-form] div.mud-select").First.ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = type, Exact = true }).ClickAsync();
    }

    private Task AddAsync() => Page.Locator("[data-testid=institution-form]").GetByRole(AriaRole.Button, new() { Name = "Ajouter", Exact = true }).ClickAsync();
}
