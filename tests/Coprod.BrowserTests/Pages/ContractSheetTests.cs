using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>CLS-3 from the sheet page: the coordinator reads what a vague sheet lacks, fixes it until the check says « Complète », then adopts it.</summary>
public sealed class ContractSheetTests(BrowserHost host) : BrowserTest(host)
{
    private const string Echirolles = "0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002";

    /// <summary>A draft contract with one theme and one vague sheet (the demo has no contract yet).</summary>
    private async Task<(Guid Contract, Guid Sheet)> SeedAsync()
    {
        var partnershipId = Guid.Parse(Echirolles);
        var (contractId, sheetId) = (Guid.NewGuid(), Guid.NewGuid());
        await Host.WithDbAsync(async db =>
        {
            var pilot = await db.Set<Institution>().Where(i => i.PartnershipId == partnershipId).OrderBy(i => i.Name).Select(i => i.Id).FirstAsync();
            var priority = new ContractPriority { Id = Guid.NewGuid(), ContractId = contractId, Title = "Tranquillité publique", Tags = ["snpd2020-axe3-tranquillite"] };
            db.Add(new LocalContract
            {
                Id = contractId,
                PartnershipId = partnershipId,
                Kind = ContractKind.Stspd,
                Title = "Stratégie territoriale d'essai",
                StartsOn = new DateOnly(2026, 1, 1),
                EndsOn = new DateOnly(2028, 12, 31),
                CreatedAt = DateTimeOffset.UtcNow,
                Signatories = [new ContractSignatory { Id = Guid.NewGuid(), ContractId = contractId, Role = SignatoryRole.Prefet, Label = "Le préfet de l'Isère" }],
                Priorities = [priority],
            });
            db.Add(new ActionSheet
            {
                Id = sheetId,
                PartnershipId = partnershipId,
                ContractId = contractId,
                PriorityId = priority.Id,
                Number = 1,
                Title = "Présence de nuit au parc",
                Objective = "Renforcer la tranquillité publique",
                PilotInstitutionId = pilot,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        return (contractId, sheetId);
    }

    [BrowserFact]
    public async Task Coordinator_FixesAVagueSheetUntilComplete_ThenAdoptsIt()
    {
        var (contractId, sheetId) = await SeedAsync();
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{Echirolles}/contrat/{contractId}");
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Stratégie territoriale d'essai");
        await Expect(Page.Locator("[data-testid=quality-chip]")).ToContainTextAsync("À préciser");
        await Axe.AssertAccessibleAsync(Page);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Fiche n° 1 : Présence de nuit au parc" }).ClickAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        var missing = Page.Locator("[data-testid=quality-missing]");
        await Expect(missing).ToContainTextAsync("« Renforcer »");
        await Expect(missing).ToContainTextAsync("Calendrier manquant");
        await Expect(missing).ToContainTextAsync("Indicateur de résultat manquant");
        await Expect(Page.Locator("[data-testid=sheet-adopt]")).ToBeDisabledAsync();
        await Axe.AssertAccessibleAsync(Page);

        await Page.Locator("[data-testid=sheet-edit]").ClickAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        var form = Page.Locator("[data-testid=sheet-form]");
        await form.Locator("[data-testid=sheet-objective] textarea, textarea[data-testid=sheet-objective]").First
            .FillAsync("Réduire de 30 % les appels pour nuisances nocturnes au parc d'ici juin 2027");
        await form.Locator("[data-testid=sheet-cost] input, input[data-testid=sheet-cost]").First.FillAsync("0");
        await form.Locator("[data-testid=milestone-add]").ClickAsync();
        await form.Locator("[data-testid=milestone-label-0] input, input[data-testid=milestone-label-0]").First.FillAsync("Première soirée de présence");
        await form.Locator("[data-testid=milestone-due-0] input, input[data-testid=milestone-due-0]").First.FillAsync("2027-03-01");
        await form.Locator("[data-testid=indicator-add]").ClickAsync();
        await form.Locator("[data-testid=indicator-name-0] input, input[data-testid=indicator-name-0]").First.FillAsync("Appels pour nuisances nocturnes");
        await form.Locator("[data-testid=indicator-unit-0] input, input[data-testid=indicator-unit-0]").First.FillAsync("appels");
        await form.Locator("[data-testid=indicator-baseline-0] input, input[data-testid=indicator-baseline-0]").First.FillAsync("120");
        await form.Locator("[data-testid=indicator-target-0] input, input[data-testid=indicator-target-0]").First.FillAsync("84");
        await form.Locator("[data-testid=indicator-target-0] input, input[data-testid=indicator-target-0]").First.PressAsync("Tab");
        await Axe.AssertAccessibleAsync(Page);
        await form.Locator("[data-testid=sheet-save]").ClickAsync();

        await Expect(Page.Locator("[data-testid=quality-complete]")).ToContainTextAsync("Fiche complète");
        await Expect(Page.Locator("[data-testid=quality-chip]")).ToHaveTextAsync("Complète");
        await Blazor.WaitForInteractiveAsync(Page);
        await Page.Locator("[data-testid=sheet-adopt]").ClickAsync();
        await Expect(Page.Locator("[data-testid=sheet-status]")).ToHaveTextAsync("Adoptée");
        await Axe.AssertAccessibleAsync(Page);
        Assert.Contains($"/contrat/{contractId}/fiches/{sheetId}", Page.Url);
    }
}
