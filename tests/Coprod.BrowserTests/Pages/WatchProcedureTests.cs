using Coprod.BrowserTests.Infrastructure;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Coprod.BrowserTests.Pages;

/// <summary>VEI-2 on a phone: the coordinator takes an alert through its watch procedure, from opening to closure.</summary>
public sealed class WatchProcedureTests(BrowserHost host) : BrowserTest(host)
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    /// <summary>A spike alert of this week on rodeos in Échirolles, with its rule and (when the demo has none) a watch-cell body.</summary>
    private async Task<Guid> SeedAlertAsync(Guid partnershipId)
    {
        var alertId = Guid.NewGuid();
        await Host.WithDbAsync(async db =>
        {
            var today = ParisTime.Today(TimeProvider.System);
            if (!await db.Set<Body>().AnyAsync(b => b.PartnershipId == partnershipId && b.Kind == BodyKind.CelluleDeVeille && b.Status != BodyStatus.Closed))
            {
                var landlord = await db.Set<Institution>().Where(i => i.PartnershipId == partnershipId && i.Type == InstitutionType.BailleurSocial).Select(i => i.Id).FirstAsync();
                db.Add(new Body
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = partnershipId,
                    Kind = BodyKind.CelluleDeVeille,
                    Name = "Cellule de veille (test)",
                    StartsOn = today.AddYears(-1),
                    Members = [new BodyMember { Id = Guid.NewGuid(), InstitutionId = landlord, InForceFrom = today.AddYears(-1) }],
                });
            }
            var rule = new AlertRule
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                Name = "Rodéos (test navigateur)",
                Kind = AlertRuleKind.Spike,
                CategoryCode = "rodeo",
                Scope = AlertScope.Commune,
                CommuneInsee = "38151",
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var week = IsoWeek.Of(today);
            db.AddRange(rule, new WatchAlert
            {
                Id = alertId,
                PartnershipId = partnershipId,
                RuleId = rule.Id,
                SeriesKey = "m:38151|c:rodeo",
                CommuneInsee = "38151",
                CategoryCode = "rodeo",
                PeriodStart = week.Monday,
                PeriodEnd = week.Monday.AddDays(6),
                Count = 9,
                Expected = 2,
                UpperLimit = 7.3,
                AlertFrom = 8,
                Ratio = 4.5,
                BaselineWeeks = 9,
                Reason = AlertReason.Spike,
                RaisedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        return alertId;
    }

    private async Task AssertFitsTheScreenAsync()
    {
        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"The page is wider than the screen: {widths[0]} > {widths[1]}");
    }

    [BrowserFact]
    public async Task Coordinator_OpensMobilisesTicksConvenesAndCloses_OnAPhone()
    {
        var echirolles = await Host.PartnershipIdAsync(DemoAccounts.Echirolles);
        var alertId = await SeedAlertAsync(echirolles);
        await SignInAsync(DemoAccounts.Coordinator);

        await Blazor.GotoInteractiveAsync(Page, $"p/{echirolles}/veille");
        var card = Page.Locator("[data-testid=alert-card]", new() { Has = Page.Locator($"a[href$='{alertId}']") });
        await Expect(card.Locator("[data-testid=alert-sentence]")).ToContainTextAsync("9 événements cette semaine pour 2 attendus");
        await Expect(card.Locator("[data-testid=weekly-chart] svg")).ToBeVisibleAsync();
        await Axe.AssertAccessibleAsync(Page);
        await AssertFitsTheScreenAsync();

        await card.Locator($"a[href$='{alertId}']").ClickAsync();
        await Expect(Page.Locator("[data-testid=procedure-open]")).ToBeVisibleAsync();
        await Blazor.WaitForInteractiveAsync(Page);
        await Page.Locator("[data-testid=procedure-open]").ClickAsync();
        await Expect(Page.Locator("[data-testid=checklist-item]")).ToHaveCountAsync(5);

        await Page.Locator("[data-testid=mobilise-target]").SelectOptionAsync(new SelectOptionValue { Label = "Police municipale d'Échirolles" });
        await Page.Locator("[data-testid=mobilise-role] input").FillAsync("Patrouilles renforcées en soirée");
        await Page.Locator("[data-testid=mobilise-add]").ClickAsync();
        await Expect(Page.Locator("[data-testid=mobilised-list]")).ToContainTextAsync("Police municipale d'Échirolles — Patrouilles renforcées en soirée");

        await Page.Locator("[data-testid=checklist-item]").First.CheckAsync();
        await Expect(Page.Locator("[data-testid=checklist] li").First).ToContainTextAsync("fait par");
        await Axe.AssertAccessibleAsync(Page);

        var tomorrow = ParisTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd");
        await Page.Locator("[data-testid=meeting-day]").FillAsync(tomorrow);
        await Page.Locator("[data-testid=meeting-time]").FillAsync("18:30");
        await Page.Locator("[data-testid=meeting-schedule]").ClickAsync();
        await Expect(Page.Locator("[data-testid=meeting-scheduled]")).ToContainTextAsync("Réunion d’urgence – Rodéo motorisé, Échirolles");

        await Page.Locator("[data-testid=close-outcome] textarea").First.FillAsync("Patrouilles renforcées deux semaines ; plus de rodéo signalé depuis.");
        await Page.Locator("[data-testid=close-alert]").ClickAsync();
        await Expect(Page.Locator("[data-testid=alert-status]")).ToContainTextAsync("Close");
        await Expect(Page.Locator("[data-testid=closure]")).ToContainTextAsync("Close le");
        await Expect(Page.Locator("[data-testid=log]")).ToContainTextAsync("Réunion d’urgence programmée");
        await Axe.AssertAccessibleAsync(Page);
        await AssertFitsTheScreenAsync();
    }
}
