using System.Text;
using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>EVT-4 in the interface: a CSV import previewed by line then committed, and an API key issued then revoked.</summary>
public sealed class EventIngestTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Import_PreviewsTheLinesWithTheirErrors_ThenImportsAllAtOnce()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/evenements/import");
        await Axe.AssertAccessibleAsync(Page);
        var yesterday = DateTime.Now.AddDays(-1).ToString("dd/MM/yyyy");
        var header = "categorie;date;gravite;commune;description\n";
        var good = $"rodeo;{yesterday} 21:30;Grave;Échirolles;Trois motos sur le parking\n";
        var bad = $"soucoupe;{yesterday} 22:00;Grave;Échirolles;Lumières dans le ciel\n";

        await Page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "evenements.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(header + good + bad) });

        var preview = Page.Locator("[data-testid=import-preview]");
        await Expect(preview).ToContainTextAsync("soucoupe");
        await Expect(preview).ToContainTextAsync("Catégorie inconnue");
        await Expect(Page.Locator("[data-testid=import-commit]")).ToBeDisabledAsync();
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "evenements.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(header + good) });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Importer les 1 événements" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 événements importés.");
    }

    [BrowserFact]
    public async Task ApiKey_IsShownOnceWhenCreated_ThenRevoked()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/evenements/cles-api");
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByLabel("Nom de la clé").FillAsync("Main courante navigateur");
        await Page.GetByLabel("Institution").ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await Page.Locator("[data-testid=api-key-create]").ClickAsync();

        var secret = Page.Locator("[data-testid=api-key-secret] code");
        await Expect(secret).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9_-]{43}$"));
        var table = Page.Locator("[data-testid=api-keys-table]");
        await Expect(table).ToContainTextAsync("Main courante navigateur");
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Révoquer la clé Main courante navigateur" }).ClickAsync();
        await Expect(table).ToContainTextAsync("révoquée le");
        await Expect(Page.Locator("[data-testid=api-key-secret]")).ToHaveCountAsync(0);
    }
}
