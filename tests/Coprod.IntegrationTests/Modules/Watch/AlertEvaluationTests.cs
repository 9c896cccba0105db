using System.Net.Http.Json;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>VEI-1: the evaluation of alert rules, one pass at a time with explicit instants.</summary>
public sealed class AlertEvaluationTests(AppFactory app)
{
    [Fact]
    public async Task Spike_WithABaselineFromThePreviousYear_RaisesOneAlert_WithItsFigures()
    {
        var world = await WatchWorld.CreateAsync(app);

        var alertId = await world.RaiseSpikeAsync();

        var alert = Assert.Single(await world.AlertsAsync());
        Assert.Equal(alertId, alert.Id);
        Assert.Equal((new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)), (alert.PeriodStart, alert.PeriodEnd));
        Assert.Equal((8, 1.0, 3, 5, AlertReason.Spike), (alert.Count, alert.Expected, alert.BaselineWeeks, alert.AlertFrom, alert.Reason));
        Assert.Equal(world.QuartierA, alert.AreaId);
        Assert.Equal("rodeo", alert.CategoryCode);
        Assert.Equal(AlertStatus.Open, alert.Status);
    }

    [Fact]
    public async Task Spike_WeeksBeforeTheDataStarts_AreLeftOut_NotCountedAsZeros()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA));
        // The data starts in 2025-W11: of the nine comparable weeks, only W11 and W12 of 2025 remain, too few to test.
        await world.AddEventsAsync("rodeo", WatchWorld.InWeek(2025, 11), 1, world.QuartierA);
        await world.AddEventsAsync("rodeo", WatchWorld.InWeek(2025, 12), 1, world.QuartierA);
        await world.AddEventsAsync("rodeo", WatchWorld.AsOf.AddHours(-1), 8, world.QuartierA);

        var result = await world.EvaluateAsync();

        Assert.Equal(1, result.Rules);
        Assert.Empty(result.Raised);
        Assert.Empty(await world.AlertsAsync());
    }

    [Fact]
    public async Task Evaluation_RunAgain_DoesNotDuplicate_AndUpdatesTheOpenAlertsCount()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RaiseSpikeAsync();
        await world.AddEventsAsync("rodeo", WatchWorld.AsOf.AddMinutes(-30), 2, world.QuartierA);

        var again = await world.EvaluateAsync(WatchWorld.AsOf.AddHours(1));
        var third = await world.EvaluateAsync(WatchWorld.AsOf.AddHours(2));

        Assert.Empty(again.Raised);
        Assert.Equal(1, again.Updated);
        Assert.Equal(0, third.Updated);
        Assert.Equal(10, Assert.Single(await world.AlertsAsync()).Count);
    }

    [Fact]
    public async Task TwoEvaluationsAtOnce_RaiseTheAlertOnce()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RuleOkAsync(WatchWorld.Rule(kind: "Fixed", scope: "Commune", commune: WatchWorld.Grenoble, category: null, threshold: 3, windowDays: 7));
        await world.AddEventsAsync("tags", WatchWorld.AsOf.AddDays(-1), 3, commune: WatchWorld.Grenoble);

        var results = await Task.WhenAll(world.EvaluateAsync(notify: false), world.EvaluateAsync(notify: false));

        Assert.Single(results.SelectMany(r => r.Raised));
        Assert.Single(await world.AlertsAsync());
    }

    [Fact]
    public async Task ClosedAlert_IsNotReopenedForTheSamePeriod()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();
        await OkAsync<System.Text.Json.JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/close"),
            new { outcome = "Fausse alerte : un même rassemblement signalé plusieurs fois." }, Ct));
        await world.AddEventsAsync("rodeo", WatchWorld.AsOf.AddMinutes(-10), 5, world.QuartierA);

        var result = await world.EvaluateAsync(WatchWorld.AsOf.AddHours(3));

        Assert.Empty(result.Raised);
        Assert.Equal(0, result.Updated);
        var alert = Assert.Single(await world.AlertsAsync());
        Assert.Equal((AlertStatus.Closed, 8), (alert.Status, alert.Count));
    }

    [Fact]
    public async Task FixedThreshold_ExtendsWhileItsWindowsOverlap_AndAClosedOneHoldsBackNewOnesUntilTheyNoLongerDo()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RuleOkAsync(WatchWorld.Rule(kind: "Fixed", scope: "Commune", commune: WatchWorld.Grenoble, category: null, threshold: 3, windowDays: 7));
        await world.AddEventsAsync("tags", WatchWorld.At(new DateOnly(2026, 3, 10), 22), 3, commune: WatchWorld.Grenoble);
        await world.AddEventsAsync("tags", WatchWorld.At(new DateOnly(2026, 3, 10)), 1, commune: WatchWorld.Echirolles);

        var first = await world.EvaluateAsync(notify: false);
        await world.AddEventsAsync("vol", WatchWorld.At(new DateOnly(2026, 3, 12), 9), 1, commune: WatchWorld.Grenoble);
        var next = await world.EvaluateAsync(WatchWorld.At(new DateOnly(2026, 3, 12), 18), notify: false);

        var alert = Assert.Single(await world.AlertsAsync());
        Assert.Equal(first.Raised.Single(), alert.Id);
        Assert.Empty(next.Raised);
        Assert.Equal((new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 12), 4, AlertReason.ThresholdReached), (alert.PeriodStart, alert.PeriodEnd, alert.Count, alert.Reason));

        await OkAsync<System.Text.Json.JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Alert(alert.Id, "/close"), new { outcome = "Nettoyage effectué." }, Ct));
        await world.AddEventsAsync("tags", WatchWorld.At(new DateOnly(2026, 3, 13), 9), 3, commune: WatchWorld.Grenoble);
        Assert.Empty((await world.EvaluateAsync(WatchWorld.At(new DateOnly(2026, 3, 13), 18), notify: false)).Raised);
        await world.AddEventsAsync("tags", WatchWorld.At(new DateOnly(2026, 3, 20), 9), 3, commune: WatchWorld.Grenoble);
        var later = await world.EvaluateAsync(WatchWorld.At(new DateOnly(2026, 3, 20), 18), notify: false);

        var alerts = await world.AlertsAsync();
        Assert.Equal(2, alerts.Count);
        Assert.Equal(later.Raised.Single(), alerts[1].Id);
        Assert.Equal((new DateOnly(2026, 3, 14), new DateOnly(2026, 3, 20), 3), (alerts[1].PeriodStart, alerts[1].PeriodEnd, alerts[1].Count));
    }

    [Fact]
    public async Task EachArea_ComparesEveryAreaWithItsOwnBaseline()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RuleOkAsync(WatchWorld.Rule(scope: "EachArea", category: "tags"));
        foreach (var week in new[] { 10, 11, 12 })
        {
            await world.AddEventsAsync("tags", WatchWorld.InWeek(2025, week), 1, world.QuartierA);
            await world.AddEventsAsync("tags", WatchWorld.InWeek(2025, week), 3, world.QuartierB);
        }
        await world.AddEventsAsync("tags", WatchWorld.AsOf.AddHours(-3), 6, world.QuartierA);
        await world.AddEventsAsync("tags", WatchWorld.AsOf.AddHours(-3), 6, world.QuartierB);
        await world.AddEventsAsync("tags", WatchWorld.AsOf.AddHours(-3), 20);

        await world.EvaluateAsync(notify: false);

        var alert = Assert.Single(await world.AlertsAsync());
        Assert.Equal((world.QuartierA, 6, 1.0), (alert.AreaId, alert.Count, alert.Expected));
    }

    [Fact]
    public async Task NewAlert_IsMailedToTheWatchCellAndTheCoordinator_NotToOtherPartnersOrFieldAgents_AndAudited()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA));
        foreach (var week in new[] { 10, 11, 12 })
        {
            await world.AddEventsAsync("rodeo", WatchWorld.InWeek(2025, week), 1, world.QuartierA);
        }
        await world.AddEventsAsync("rodeo", WatchWorld.AsOf.AddHours(-2), 9, world.QuartierA);

        var alertId = Assert.Single((await world.EvaluateAsync()).Raised);

        var mail = Assert.Single(app.MailsTo(world.CoordinatorUser.Email!));
        Assert.Contains("Alerte de la cellule de veille", mail.Subject);
        Assert.Contains("Rodéo motorisé", mail.Subject);
        Assert.Contains("9 événements cette semaine pour 1 attendus", mail.TextBody);
        Assert.Single(app.MailsTo(world.CellPartnerUser.Email!));
        Assert.Empty(app.MailsTo(world.PartnerUser.Email!));
        Assert.Empty(app.MailsTo(world.AgentUser.Email!));
        var audited = await app.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking()
            .Where(r => r.PartnershipId == world.Partnership.Id && r.Type == AuditEventType.WatchAlertRaised).Select(r => r.TargetId).ToListAsync(Ct));
        Assert.Equal(alertId.ToString(), Assert.Single(audited));
    }

    [Fact]
    public async Task Job_RunOnce_EvaluatesThePartnershipsWithActiveRules()
    {
        var world = await WatchWorld.CreateAsync(app);
        var inactive = await WatchWorld.CreateAsync(app, withCell: false);
        var now = WatchWorld.At(new DateOnly(2031, 6, 4));
        await world.RuleOkAsync(WatchWorld.Rule(kind: "Fixed", scope: "Territory", category: "incendie", threshold: 2, windowDays: 3));
        var rule = await inactive.RuleOkAsync(WatchWorld.Rule(kind: "Fixed", scope: "Territory", category: "incendie", threshold: 2, windowDays: 3));
        var off = WatchWorld.Rule(kind: "Fixed", scope: "Territory", category: "incendie", threshold: 2, windowDays: 3);
        off["isActive"] = false;
        off["version"] = rule.GetProperty("version").GetGuid();
        await OkAsync<System.Text.Json.JsonElement>(await inactive.Coordinator.PutAsJsonAsync($"{inactive.Base}/alert-rules/{rule.GetProperty("id").GetGuid()}", off, Ct));
        await world.AddEventsAsync("incendie", now.AddDays(-1), 2, commune: WatchWorld.Grenoble);
        await inactive.AddEventsAsync("incendie", now.AddDays(-1), 2, commune: WatchWorld.Grenoble);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EvaluateAlerts.Handler>().RunOnceAsync(now, Ct);
        }

        Assert.Equal((2, AlertReason.ThresholdReached), (Assert.Single(await world.AlertsAsync()).Count, Assert.Single(await world.AlertsAsync()).Reason));
        Assert.Empty(await inactive.AlertsAsync());
    }
}
