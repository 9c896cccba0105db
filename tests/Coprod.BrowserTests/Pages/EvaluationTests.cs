using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>
/// EVAL-1, EVAL-2, EVAL-4 on a phone, on a contract seeded into the demo's Échirolles partnership: the late list
/// comes first on the dashboard, the flagged sheet first on the evaluation, the index with its method; all axe clean.
/// </summary>
public sealed class EvaluationTests(BrowserHost host) : BrowserTest(host)
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool _seeded;

    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task Dashboard_ShowsWhoMustAnswerFirst_ThenTheSheetsIndicators_OnAPhone()
    {
        var pid = await SeedAsync();
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{pid}/tableau-de-bord");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tableau de bord du contrat", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=dashboard-late]")).ToContainTextAsync("Transmettre le bilan des permanences");
        var lateTop = await Page.Locator("[data-testid=dashboard-late]").BoundingBoxAsync();
        var sheetTop = await Page.Locator("[data-testid=dashboard-sheet]").First.BoundingBoxAsync();
        Assert.True(lateTop!.Y < sheetTop!.Y, "« Qui doit répondre » must come before the sheets");
        await Expect(Page.Locator("[data-testid=indicator-card]", new() { HasText = "Dégradations signalées" })).ToContainTextAsync("en retard");
        await Expect(Page.Locator("[data-testid=indicator-chart] svg").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=dashboard-commitments] li").First).ToBeVisibleAsync();

        await Page.Locator("[data-testid=filter-theme]").SelectOptionAsync(new SelectOptionValue { Label = "Prévention de la délinquance des mineurs" });
        await Expect(Page.Locator("[data-testid=dashboard-sheet]")).ToHaveCountAsync(1);
        await Expect(Page.Locator("[data-testid=dashboard-sheet]")).ToContainTextAsync("Chantiers éducatifs");

        await AssertAccessibleOnPhoneAsync();
    }

    [BrowserFact]
    public async Task Evaluation_ShowsTheFlaggedSheetFirst_WithItsFigures_AndTheMethod()
    {
        var pid = await SeedAsync();
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{pid}/evaluation");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Évaluation des fiches-actions", Level = 1 })).ToBeVisibleAsync();
        var first = Page.Locator("[data-testid=evaluation-sheet]").First;
        await Expect(first).ToContainTextAsync("Médiation dans les halls");
        await Expect(first.Locator("[data-testid=evaluation-flag]")).ToContainTextAsync("résultats insuffisants au regard des moyens engagés");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Méthode" })).ToBeVisibleAsync();

        await AssertAccessibleOnPhoneAsync();
    }

    [BrowserFact]
    public async Task Coproduction_ShowsTheIndexPerInstitutionAndYear_AndItsMethod()
    {
        var pid = await SeedAsync();
        await SignInAsync(DemoAccounts.Coordinator);
        await Blazor.GotoInteractiveAsync(Page, $"p/{pid}/coproduction");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Indice de coproduction", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=coproduction-bars] li").First).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-testid=coproduction-table]")).ToContainTextAsync(ParisTime.Today(TimeProvider.System).Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.GetByText("jamais comptée comme 0")).ToBeVisibleAsync();

        await AssertAccessibleOnPhoneAsync();
    }

    private async Task AssertAccessibleOnPhoneAsync()
    {
        await Axe.AssertAccessibleAsync(Page);
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
    }

    /// <summary>Once per server: a signed contract in force in Échirolles, with a sheet far behind and one on track, and an overdue commitment.</summary>
    private async Task<Guid> SeedAsync()
    {
        var pid = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        await Seeding.WaitAsync();
        try
        {
            if (_seeded)
            {
                return pid;
            }
            await Host.WithDbAsync(async db =>
            {
                var institutions = await db.Set<Institution>().Where(i => i.PartnershipId == pid).OrderBy(i => i.Name).Select(i => i.Id).Take(2).ToListAsync();
                var (police, mairie) = (institutions[0], institutions[1]);
                var today = ParisTime.Today(TimeProvider.System);
                var now = DateTimeOffset.UtcNow;
                var contract = new LocalContract
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = pid,
                    Kind = ContractKind.Stspd,
                    Title = "Stratégie territoriale d'Échirolles",
                    StartsOn = today.AddMonths(-18),
                    EndsOn = today.AddMonths(18),
                    Status = ContractStatus.Signed,
                    CurrentVersion = 1,
                    CreatedAt = now.AddMonths(-19),
                    Version = Guid.NewGuid(),
                };
                var calm = new ContractPriority { Id = Guid.NewGuid(), ContractId = contract.Id, Title = "Tranquillité publique", Position = 0 };
                var youth = new ContractPriority { Id = Guid.NewGuid(), ContractId = contract.Id, Title = "Prévention de la délinquance des mineurs", Position = 1 };
                contract.Priorities = [calm, youth];
                var behind = Sheet(contract, calm, 1, "Médiation dans les halls", police, [mairie], 30_000m);
                var onTrack = Sheet(contract, youth, 2, "Chantiers éducatifs", mairie, [], 10_000m);
                var degradations = Indicator(behind, IndicatorKind.Result, "Dégradations signalées", 100, 60);
                var permanences = Indicator(behind, IndicatorKind.Execution, "Permanences tenues", 0, 10);
                var jeunes = Indicator(onTrack, IndicatorKind.Result, "Jeunes accompagnés", 0, 10);
                db.AddRange(contract, behind, onTrack);
                db.AddRange(
                    Value(pid, degradations, today.AddMonths(-9), 99, police, now.AddMonths(-8)),
                    Value(pid, degradations, today.AddMonths(-3), 97, police, now.AddMonths(-2)),
                    Value(pid, degradations, today.AddMonths(-1), 96, police, now.AddDays(-10)),
                    Value(pid, permanences, today.AddMonths(-1), 5, police, now.AddDays(-10)),
                    Value(pid, jeunes, today.AddMonths(-1), 6, mairie, now.AddDays(-10)));
                db.Add(new Commitment
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = pid,
                    ContractId = contract.Id,
                    SheetId = behind.Id,
                    InstitutionId = police,
                    Text = "Transmettre le bilan des permanences",
                    DueOn = today.AddDays(-30),
                    FormalReminderSentAt = now.AddDays(-10),
                    CreatedBy = Guid.NewGuid(),
                    CreatedAt = now.AddMonths(-3),
                    Version = Guid.NewGuid(),
                });
                db.Add(new Commitment
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = pid,
                    ContractId = contract.Id,
                    SheetId = onTrack.Id,
                    InstitutionId = mairie,
                    Text = "Recruter deux animateurs",
                    DueOn = today.AddDays(-40),
                    Status = CommitmentStatus.Done,
                    DoneOn = today.AddDays(-45),
                    CreatedBy = Guid.NewGuid(),
                    CreatedAt = now.AddMonths(-3),
                    Version = Guid.NewGuid(),
                });
                await db.SaveChangesAsync();
            });
            _seeded = true;
            return pid;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static ActionSheet Sheet(LocalContract c, ContractPriority p, int number, string title, Guid pilot, List<Guid> coPartners, decimal cost) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = c.PartnershipId,
        ContractId = c.Id,
        PriorityId = p.Id,
        Number = number,
        Title = title,
        Objective = "Réduire de 40 %.",
        PilotInstitutionId = pilot,
        CoPartnerIds = coPartners,
        Cost = cost,
        Status = SheetStatus.Adopted,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.CreatedAt,
        Version = Guid.NewGuid(),
    };

    private static SheetIndicator Indicator(ActionSheet sheet, IndicatorKind kind, string name, decimal baseline, decimal target)
    {
        var indicator = new SheetIndicator
        {
            Id = Guid.NewGuid(),
            SheetId = sheet.Id,
            Kind = kind,
            Name = name,
            Unit = "nombre",
            Source = "main courante",
            Baseline = baseline,
            Target = target,
            Position = sheet.Indicators.Count,
        };
        sheet.Indicators.Add(indicator);
        return indicator;
    }

    private static IndicatorValue Value(Guid pid, SheetIndicator indicator, DateOnly periodEnd, decimal value, Guid institution, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = pid,
        IndicatorId = indicator.Id,
        PeriodEnd = periodEnd,
        Value = value,
        Origin = ValueOrigin.Entered,
        Source = "saisie",
        InstitutionId = institution,
        RecordedAt = at,
    };
}
