using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// CLS-5 from the pages: the coordinator proposes, from an adopted sheet's page, an amendment that changes its
/// objective and reads the diff; the president, designated for the only signatory, approves it and it comes into force.
/// </summary>
public sealed class AmendmentProposalTests(BrowserHost host) : BrowserTest(host)
{
    private const string President = "maire@demo.coprod.fr";
    private const string OldObjective = "Réduire de 30 % les appels pour nuisances nocturnes au parc d'ici juin 2021";
    private const string NewObjective = "Réduire de 40 % les appels pour nuisances nocturnes au parc d'ici juin 2021";

    /// <summary>A signed contract of past years (so that the evaluation pages keep their own current contract), whose only signatory is approved for by the president, with one adopted, complete sheet.</summary>
    private async Task<(Guid Partnership, Guid Contract, Guid Sheet)> SeedAsync()
    {
        var partnershipId = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        var (contractId, sheetId) = (Guid.NewGuid(), Guid.NewGuid());
        await Host.WithDbAsync(async db =>
        {
            var pilot = await db.Set<Institution>().Where(i => i.PartnershipId == partnershipId).OrderBy(i => i.Name).Select(i => i.Id).FirstAsync();
            var president = await db.Set<Membership>().Where(m => m.PartnershipId == partnershipId)
                .Join(db.Users.Where(u => u.Email == President), m => m.UserId, u => u.Id, (m, _) => m.Id).FirstAsync();
            var priority = new ContractPriority { Id = Guid.NewGuid(), ContractId = contractId, Title = "Tranquillité publique", Tags = ["snpd2020-axe3-tranquillite"] };
            db.Add(new LocalContract
            {
                Id = contractId,
                PartnershipId = partnershipId,
                Kind = ContractKind.Stspd,
                Title = "Stratégie signée d'essai",
                Status = ContractStatus.Signed,
                CurrentVersion = 1,
                StartsOn = new DateOnly(2020, 1, 1),
                EndsOn = new DateOnly(2022, 12, 31),
                CreatedAt = DateTimeOffset.UtcNow,
                Signatories =
                [
                    new ContractSignatory
                    {
                        Id = Guid.NewGuid(), ContractId = contractId, Role = SignatoryRole.Maire, Label = "Le maire d'Échirolles", MembershipId = president,
                        SignedOn = new DateOnly(2019, 12, 15),
                    },
                ],
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
                Objective = OldObjective,
                PilotInstitutionId = pilot,
                Cost = 0,
                Status = SheetStatus.Adopted,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
                Milestones = [new SheetMilestone { Id = Guid.NewGuid(), SheetId = sheetId, Label = "Première soirée de présence", DueOn = new DateOnly(2021, 3, 1) }],
                Indicators =
                [
                    new SheetIndicator
                    {
                        Id = Guid.NewGuid(), SheetId = sheetId, Kind = IndicatorKind.Result, Name = "Appels pour nuisances nocturnes", Unit = "appels",
                        Source = "Police municipale", Baseline = 120, Target = 84, ResponsibleInstitutionId = pilot,
                    },
                ],
            });
            await db.SaveChangesAsync();
        });
        return (partnershipId, contractId, sheetId);
    }

    [BrowserFact]
    public async Task Coordinator_ProposesAChangedObjective_ThenThePresidentApproves_AndItIsInForce()
    {
        var (partnershipId, contractId, sheetId) = await SeedAsync();
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{partnershipId}/contrat/{contractId}/fiches/{sheetId}");
        await Expect(Page.Locator("[data-testid=sheet-locked]")).ToContainTextAsync("modifiez-la par avenant");
        await Page.Locator("[data-testid=sheet-amend]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/avenants/nouveau", StringComparison.Ordinal));
        await Blazor.WaitForInteractiveAsync(Page);

        var form = Page.Locator("[data-testid=amendment-form]");
        var change = form.Locator("[data-testid=change-0]");
        await Expect(change.Locator("h3")).ToHaveTextAsync("Modifier la fiche n° 1");
        var objective = change.Locator("[data-testid=sheet-objective] textarea, textarea[data-testid=sheet-objective]").First;
        await Expect(objective).ToHaveValueAsync(OldObjective);
        await Axe.AssertAccessibleAsync(Page);

        await form.Locator("[data-testid=amendment-save]").ClickAsync();
        await Expect(form.Locator("input[data-testid=amendment-title]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form).ToContainTextAsync("Ce champ est obligatoire.");

        await form.Locator("[data-testid=amendment-title] input, input[data-testid=amendment-title]").First.FillAsync("Objectif relevé au parc");
        await form.Locator("[data-testid=amendment-reason] textarea, textarea[data-testid=amendment-reason]").First
            .FillAsync("Le bilan annuel montre que l'objectif initial est déjà presque atteint.");
        var sheetTitle = change.Locator("[data-testid=sheet-title] input, input[data-testid=sheet-title]").First;
        await sheetTitle.FillAsync("");
        await sheetTitle.PressAsync("Tab");
        await form.Locator("[data-testid=amendment-save]").ClickAsync();
        await Expect(sheetTitle).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator("input[data-testid=amendment-title]")).ToHaveAttributeAsync("aria-invalid", "false");
        await Axe.AssertAccessibleAsync(Page);

        await sheetTitle.FillAsync("Présence de nuit au parc");
        await objective.FillAsync(NewObjective);
        await objective.PressAsync("Tab");
        await form.Locator("[data-testid=amendment-save]").ClickAsync();

        await Page.WaitForURLAsync(url => !url.Contains("/avenants/nouveau", StringComparison.Ordinal) && url.Contains("/avenants/", StringComparison.Ordinal));
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Avenant n° 1 — Objectif relevé au parc");
        var diff = Page.Locator("[data-testid=diff-block]");
        await Expect(diff).ToContainTextAsync("Fiche n° 1 : Présence de nuit au parc");
        await Expect(diff.Locator("del")).ToContainTextAsync(["Réduire de 30 %"]);
        await Expect(diff.Locator("ins")).ToContainTextAsync(["Réduire de 40 %"]);
        await Expect(Page.Locator("[data-testid=amendment-status]")).ToContainTextAsync("En cours d’approbation");
        var amendmentPath = CurrentPath;

        await Page.Context.ClearCookiesAsync();
        await SignInAsync(President);
        await Blazor.GotoInteractiveAsync(Page, amendmentPath.TrimStart('/'));
        await Page.Locator("[data-testid=approve]").ClickAsync();
        await Expect(Page.Locator("[data-testid=amendment-status]")).ToContainTextAsync("En vigueur");
        await Axe.AssertAccessibleAsync(Page);
    }
}
