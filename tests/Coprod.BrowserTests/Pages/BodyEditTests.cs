using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>GOV-1 from the body's page: the coordinator puts a group to sleep and adds a named member with the legal basis of his seat.</summary>
public sealed class BodyEditTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";

    [BrowserFact]
    public async Task Coordinator_ChangesTheStatus_AndAddsAnOptionalMemberWithItsLegalBasis()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/instances");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Groupe « Tranquillité publique »", Exact = true }).ClickAsync();
        await Expect(Page.Locator("[data-testid=body-edit]")).ToBeVisibleAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        await Page.Locator("[data-testid=body-edit]").ClickAsync();
        var form = Page.Locator("[data-testid=body-edit-form]");
        await Expect(form).ToBeVisibleAsync();

        await form.GetByRole(AriaRole.Combobox, new() { Name = "Statut" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "En sommeil" }).ClickAsync();
        await form.GetByRole(AriaRole.Combobox, new() { Name = "Institution ou membre à ajouter" }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Éducatrice (démo)" }).ClickAsync();
        await form.Locator("[data-testid=body-edit-add]").ClickAsync();
        await form.GetByLabel("Base légale (Éducatrice (démo)", new() { Exact = false }).FillAsync("Convention de partenariat du 3 mars 2026");
        await Axe.AssertAccessibleAsync(Page);
        await form.Locator("[data-testid=body-edit-save]").ClickAsync();

        await Expect(Page.Locator(".mud-snackbar").Last).ToContainTextAsync("Enregistré");
        await Expect(form).ToHaveCountAsync(0);
        await Expect(Page.Locator("main")).ToContainTextAsync("En sommeil");
        var members = Page.Locator("[data-testid=members-table]");
        await Expect(members).ToContainTextAsync("Éducatrice (démo)");
        await Expect(members).ToContainTextAsync("Convention de partenariat du 3 mars 2026");
    }
}
