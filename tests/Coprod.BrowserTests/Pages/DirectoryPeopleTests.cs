using System.Text;
using Coprod.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>DIR-2 in the interface: the coordinator previews an import, fixes nothing, imports, and finds the people in the directory.</summary>
public sealed class DirectoryPeopleTests(BrowserHost host) : BrowserTest(host)
{
    [BrowserFact]
    public async Task Import_PreviewsEveryRow_ThenAddsThePeople()
    {
        await SignInAsync(DemoAccounts.Coordinator);
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/annuaire");
        await Axe.AssertAccessibleAsync(Page);
        var csv = "Prénom;Nom;Fonction;Institution;Type;Téléphone\n"
            + "Mireille;Testimport;Cheffe de service;Association Trait d'union;Association;04 76 12 34 56\n"
            + "Paul;;Animateur;Association Trait d'union;;\n";

        await Page.Locator("#directory-file").SetInputFilesAsync(new FilePayload { Name = "annuaire.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

        var preview = Page.Locator("[data-testid=import-preview]");
        await Expect(preview).ToContainTextAsync("Mireille Testimport");
        await Expect(preview).ToContainTextAsync("nouvelle");
        await Expect(preview).ToContainTextAsync("Nom : Obligatoire.");
        var commit = Page.GetByRole(AriaRole.Button, new() { Name = "Importer les 2 personne(s)" });
        await Expect(commit).ToBeDisabledAsync();
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("#directory-file").SetInputFilesAsync(new FilePayload { Name = "annuaire.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.Split('\n')[0] + "\n" + csv.Split('\n')[1] + "\n") });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Importer les 1 personne(s)" }).ClickAsync();

        await Expect(Page.Locator("[data-testid=people-table]")).ToContainTextAsync("Mireille Testimport");
        await Expect(Page.Locator("[data-testid=people-table]")).ToContainTextAsync("Association Trait d'union");
        await Expect(Page.Locator("[data-testid=people-table] a[href='tel:0476123456']")).ToHaveCountAsync(1);
    }
}
