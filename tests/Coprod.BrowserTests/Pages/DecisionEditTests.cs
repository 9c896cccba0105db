using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>GOV-3 from the register: the coordinator hands a decision over to another owner, with a new due date and a follow-up note.</summary>
public sealed class DecisionEditTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";

    [BrowserFact]
    public async Task Coordinator_ChangesADecisionsOwnerAndDueDate_FromTheRegister()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/decisions");
        var row = Page.Locator("[data-testid=decisions-table] tr", new() { HasText = "rodéos urbains" });
        await row.Locator("[data-testid=decision-edit]").ClickAsync();
        var form = Page.Locator("[data-testid=decision-edit-form]");
        await Expect(form).ToContainTextAsync("rodéos urbains");
        await Axe.AssertAccessibleAsync(Page);

        await form.GetByRole(AriaRole.Combobox, new() { Name = "Porteur" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Ville d'Échirolles" }).ClickAsync();
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Personne référente (annuaire)" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Camille Roussel" }).ClickAsync();
        var due = form.Locator(".mud-picker input").First;
        await due.FillAsync("30/06/2031");
        await due.PressAsync("Tab");
        await form.Locator("[data-testid=decision-edit-followup] textarea").FillAsync("Réunion fixée avec les fédérations de parents.");
        await form.Locator("[data-testid=decision-edit-save]").ClickAsync();

        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Décision mise à jour");
        await Expect(form).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("Ville d'Échirolles");
        await Expect(row).ToContainTextAsync("(Camille Roussel)");
        await Expect(row).ToContainTextAsync("30/06/2031");
        await Expect(row).ToContainTextAsync("Réunion fixée avec les fédérations de parents.");

        await Page.ReloadAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        await Expect(row).ToContainTextAsync("(Camille Roussel)");
        await Expect(row).ToContainTextAsync("30/06/2031");
        await Axe.AssertAccessibleAsync(Page);
    }
}
