using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform.Demo;

/// <summary>The demo's watch cell, on the demo host with the fixed clock: rules, alerts of the past and of this week, and what the cell did with them.</summary>
public sealed class DemoWatchTests(DemoEventsHost host) : IClassFixture<DemoEventsHost>
{
    private static readonly DateTimeOffset Now = DemoEventsHost.Now;
    private readonly AppFactory _app = host.App;

    private Task<List<WatchAlert>> AlertsAsync(Guid partnershipId) => _app.WithDbAsync(db => db.Set<WatchAlert>().AsNoTracking()
        .Include(a => a.Mobilised).Include(a => a.Checklist).Include(a => a.Log).AsSplitQuery()
        .Where(a => a.PartnershipId == partnershipId).ToListAsync(Ct));

    private Task<Dictionary<Guid, string>> AreaNamesAsync() => _app.WithDbAsync(db => db.Set<Area>().ToDictionaryAsync(a => a.Id, a => a.Name, Ct));

    private Task<Dictionary<Guid, AlertRule>> RulesAsync() => _app.WithDbAsync(db => db.Set<AlertRule>().AsNoTracking().ToDictionaryAsync(r => r.Id, Ct));

    [Fact]
    public async Task EachPartnership_HasAWatchCellBody_AndFourRules()
    {
        var rules = (await RulesAsync()).Values.ToList();
        foreach (var territory in DemoTerritory.All)
        {
            var mine = rules.Where(r => r.PartnershipId == territory.PartnershipId).ToList();
            Assert.Equal(["degradation", "occupation-hall", "rodeo", "tension"], mine.Select(r => r.CategoryCode!).Order(StringComparer.Ordinal));
            Assert.All(mine, r => Assert.Equal(AlertScope.EachArea, r.Scope));
            var rodeo = Assert.Single(mine, r => r.Kind == AlertRuleKind.Fixed);
            Assert.Equal(7, rodeo.WindowDays);
            var cell = await _app.WithDbAsync(db => db.Set<Body>().Include(b => b.Members)
                .SingleAsync(b => b.PartnershipId == territory.PartnershipId && b.Kind == BodyKind.CelluleDeVeille, Ct));
            Assert.True(cell.Members.Count >= 5, $"{cell.Members.Count} members");
        }
    }

    [Fact]
    public async Task HeatingQuartier_ThisWeeksAlert_IsOpen_WithAStartedProcedure()
    {
        var areas = await AreaNamesAsync();
        var week = IsoWeek.Of(ParisTime.DateOf(Now));
        foreach (var territory in DemoTerritory.All)
        {
            var alerts = await AlertsAsync(territory.PartnershipId);
            var heating = alerts.Where(a => a.AreaId is { } id && areas[id] == territory.Heating.Quartier).ToList();
            var current = Assert.Single(heating, a => a.Status == AlertStatus.InProcedure);
            Assert.Equal((week.Monday, "occupation-hall", AlertReason.Spike), (current.PeriodStart, current.CategoryCode!, current.Reason));
            Assert.Null(current.ClosedAt);
            Assert.InRange(current.ProcedureOpenedAt!.Value, current.RaisedAt, Now);
            Assert.True(current.Mobilised.Count >= 2, $"{current.Mobilised.Count} mobilised");
            Assert.Equal(5, current.Checklist.Count);
            Assert.Contains(current.Checklist, c => c.DoneAt is not null);
            Assert.Contains(current.Checklist, c => c.DoneAt is null);
            // The weeks before were its first signs: closed into this procedure.
            Assert.All(heating.Where(a => a.PeriodEnd < week.Monday), a => Assert.Equal(AlertStatus.Closed, a.Status));
            Assert.Contains(heating, a => a.PeriodEnd < week.Monday);
        }
    }

    [Fact]
    public async Task SummerRodeoAlerts_AreClosed_WithAnOutcome_AfterTheirProcedure()
    {
        var areas = await AreaNamesAsync();
        var rules = await RulesAsync();
        foreach (var territory in DemoTerritory.All)
        {
            var rodeos = (await AlertsAsync(territory.PartnershipId)).Where(a => rules[a.RuleId].CategoryCode == "rodeo").ToList();
            Assert.NotEmpty(rodeos);
            Assert.All(rodeos, a =>
            {
                Assert.InRange(a.PeriodStart.Month, 5, 9);
                Assert.Equal(AlertStatus.Closed, a.Status);
                Assert.False(string.IsNullOrWhiteSpace(a.Outcome));
                Assert.InRange(a.ClosedAt!.Value, WatchCalendar.StartOf(a.PeriodEnd.AddDays(7)), Now);
                Assert.InRange(a.ProcedureOpenedAt!.Value, a.RaisedAt, a.ClosedAt.Value);
                Assert.NotEmpty(a.Mobilised);
                Assert.NotNull(a.Checklist.Single(c => c.Position == 1).DoneAt);
                Assert.Contains(a.Log, l => l.Kind == AlertLogKind.Note);
                Assert.Contains(a.Log, l => l.Kind == AlertLogKind.Closed && l.At == a.ClosedAt);
            });
            // An area's first episode goes through the whole procedure, the cell's meeting included.
            Assert.All(rodeos.GroupBy(a => a.SeriesKey).Select(g => g.MinBy(a => a.PeriodStart)!), a =>
            {
                Assert.Equal(6, a.Checklist.Count);
                Assert.All(a.Checklist, c => Assert.NotNull(c.DoneAt));
                Assert.Equal(3, a.Mobilised.Count);
            });
            var rodeoQuartiers = territory.RodeoZones.OrderByDescending(z => z.Share).Select(z => z.Zone.Quartier).First();
            Assert.Contains(rodeos, a => areas[a.AreaId!.Value] == rodeoQuartiers);
        }
        var metropole = (await AlertsAsync(DemoData.Metropole)).Where(a => rules[a.RuleId].CategoryCode == "rodeo").Select(a => areas[a.AreaId!.Value]).ToHashSet();
        Assert.Equal(["Essarts – Surieux (démo)", "Villeneuve – Village olympique (démo)"], metropole.Order(StringComparer.Ordinal));
        var closures = await _app.WithDbAsync(db => db.Set<AuditRecord>().CountAsync(r => r.Type == AuditEventType.WatchAlertClosed, Ct));
        Assert.True(closures >= rules.Count, $"{closures} closures audited");
    }

    [Fact]
    public async Task SecondStart_AddsNothing()
    {
        var before = await CountsAsync();
        Assert.False(await DemoModule.SeedAsync(_app.Services, Ct));
        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int Bodies, int Rules, int Alerts, int Steps, int Log, int Audit)> CountsAsync() => _app.WithDbAsync(async db =>
        (await db.Set<Body>().CountAsync(Ct), await db.Set<AlertRule>().CountAsync(Ct), await db.Set<WatchAlert>().CountAsync(Ct),
            await db.Set<AlertChecklistItem>().CountAsync(Ct), await db.Set<AlertLogEntry>().CountAsync(Ct), await db.Set<AuditRecord>().CountAsync(Ct)));

    [Fact]
    public async Task AnotherPartnershipsMember_ReadsNoneOfTheDemoAlerts_AndAMobilisedPartnerOnlyHers()
    {
        var (_, _, outsider) = await _app.MemberAsync(PartnershipRole.Coordinateur);
        await ProblemAsync(await outsider.GetAsync($"/api/v1/partnerships/{DemoData.Metropole}/alerts", Ct), HttpStatusCode.Forbidden);

        var users = await _app.WithDbAsync(db => db.Users.Where(u => u.Email!.EndsWith("@demo.coprod.fr")).ToDictionaryAsync(u => u.Email!, u => u.Id, Ct));
        var coordinator = _app.ClientFor(users[DemoData.CoordinatorEmail]);
        var metropole = await AlertIdsAsync(coordinator, DemoData.Metropole);
        var echirolles = await AlertIdsAsync(coordinator, DemoData.Echirolles);
        Assert.Equal((await AlertsAsync(DemoData.Metropole)).Select(a => a.Id).Order(), metropole.Order());
        Assert.Empty(metropole.Intersect(echirolles));

        // The prevention service sits in no watch cell: its educator reads only the alert whose procedure mobilises it.
        var educator = await AlertIdsAsync(_app.ClientFor(users["educatrice@demo.coprod.fr"]), DemoData.Metropole);
        var current = Assert.Single(await AlertsAsync(DemoData.Metropole), a => a.Status == AlertStatus.InProcedure);
        Assert.Equal([current.Id], educator);
    }

    private static async Task<List<Guid>> AlertIdsAsync(HttpClient client, Guid partnershipId) =>
        (await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnershipId}/alerts", Ct))).EnumerateArray()
        .Select(a => a.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task ADemoWithEventsButNoAlerts_GetsThemAtItsNextStart_QuicklyAndTheSameOnes()
    {
        var before = await FingerprintAsync();
        await _app.WithDbAsync(async db =>
        {
            Guid[] demo = [DemoData.Metropole, DemoData.Echirolles];
            await db.Set<WatchAlert>().Where(a => demo.Contains(a.PartnershipId)).ExecuteDeleteAsync(Ct);
            await db.Set<AlertRule>().Where(r => demo.Contains(r.PartnershipId)).ExecuteDeleteAsync(Ct);
        });
        var watch = Stopwatch.StartNew();
        await DemoModule.SeedAsync(_app.Services, Ct);
        watch.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"Demo watch cell seeded in {watch.ElapsedMilliseconds} ms on {(_app.OnPostgres ? "PostgreSQL" : "SQLite")}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(before, await FingerprintAsync());
    }

    /// <summary>Every demo alert and what was done with it, without ids.</summary>
    private async Task<List<string>> FingerprintAsync()
    {
        var rules = await RulesAsync();
        var alerts = (await AlertsAsync(DemoData.Metropole)).Concat(await AlertsAsync(DemoData.Echirolles));
        return alerts.Select(a => string.Join('|', rules[a.RuleId].Name, a.SeriesKey, a.PeriodStart, a.PeriodEnd, a.Count, a.Status, a.RaisedAt, a.ProcedureOpenedAt,
                a.ClosedAt, a.Outcome, a.Mobilised.Count, a.Checklist.Count(c => c.DoneAt is not null), a.Log.Count))
            .Order(StringComparer.Ordinal).ToList();
    }
}
