using System.Diagnostics;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform.Demo;

/// <summary>A demo host of its own, started on a Thursday evening (21:40 in Paris) that never ends.</summary>
public sealed class DemoEventsHost : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 19, 20, 40, 0, TimeSpan.Zero);

    public AppFactory App { get; } = new() { SeedDemo = true, Clock = new FixedClock(Now) };

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>The demo's year of events, as stored: the same every time, placed, anonymous, routed only when recent.</summary>
public sealed class DemoEventsTests(DemoEventsHost host) : IClassFixture<DemoEventsHost>
{
    // The stored set for the fixed clock: a change of the demo's plan changes them (and should be deliberate).
    private const int ExpectedCount = 4644;
    private const string ExpectedChecksum = "FB7EEF775FF55AB7";

    private static readonly DateTimeOffset Now = DemoEventsHost.Now;
    private readonly AppFactory _app = host.App;

    private sealed record Stored(DemoEventDraft Draft, Guid PartnershipId, Guid? AreaId);

    /// <summary>The demo partnerships' events, as the drafts they were made from.</summary>
    private Task<List<Stored>> StoredAsync() => _app.WithDbAsync(async db =>
    {
        Guid[] demo = [DemoData.Metropole, DemoData.Echirolles];
        var codes = await db.Set<EventCategory>().Where(c => demo.Contains(c.PartnershipId)).ToDictionaryAsync(c => c.Id, c => c.Code, Ct);
        var areas = await db.Set<Area>().Where(a => demo.Contains(a.PartnershipId)).ToDictionaryAsync(a => a.Id, a => a.Name, Ct);
        var institutions = await db.Set<Institution>().Where(i => demo.Contains(i.PartnershipId)).ToDictionaryAsync(i => i.Id, i => i.Name, Ct);
        var events = await db.Set<SafetyEvent>().AsNoTracking().Where(e => demo.Contains(e.PartnershipId)).ToListAsync(Ct);
        return events.Select(e => new Stored(new DemoEventDraft(codes[e.CategoryId], e.Severity, e.OccurredAt, e.Latitude, e.Longitude, e.CommuneInsee,
            e.AreaId is { } id ? areas[id] : null, DemoData.Institutions.Single(i => i.Name == institutions[e.ReportingInstitutionId]).Key, e.Description),
            e.PartnershipId, e.AreaId)).ToList();
    });

    private async Task<(int Count, string Checksum)> FingerprintAsync()
    {
        var stored = await StoredAsync();
        return (stored.Count, DemoEventDraft.Checksum(stored.Select(s => s.Draft)));
    }

    [Fact]
    public async Task Seeding_IsDeterministic_TheStoredSetIsThePlanForTheClock()
    {
        var stored = await StoredAsync();
        foreach (var territory in DemoTerritory.All)
        {
            var plan = DemoEventPlan.For(territory, Now);
            Assert.Equal(DemoEventDraft.Checksum(plan), DemoEventDraft.Checksum(stored.Where(s => s.PartnershipId == territory.PartnershipId).Select(s => s.Draft)));
        }
        Assert.Equal((ExpectedCount, ExpectedChecksum), await FingerprintAsync());
    }

    [Fact]
    public async Task SecondStart_AddsNothing()
    {
        var before = await CountsAsync();
        Assert.False(await DemoModule.SeedAsync(_app.Services, Ct));
        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int Events, int Deliveries, int Audit)> CountsAsync() => _app.WithDbAsync(async db =>
        (await db.Set<SafetyEvent>().CountAsync(Ct), await db.Set<EventDelivery>().CountAsync(Ct), await db.Set<AuditRecord>().CountAsync(Ct)));

    [Fact]
    public async Task EveryEvent_LiesInItsPartnershipsTerritory()
    {
        var stored = await StoredAsync();
        var communes = await _app.WithDbAsync(db => db.Set<PartnershipCommune>().ToListAsync(Ct));
        var areas = await _app.WithDbAsync(db => db.Set<Area>().ToDictionaryAsync(a => a.Id, Ct));
        Assert.All(stored, s =>
        {
            Assert.Contains(communes, c => c.PartnershipId == s.PartnershipId && c.InseeCode == s.Draft.Commune);
            if (s.AreaId is { } id)
            {
                Assert.Equal((s.PartnershipId, s.Draft.Commune), (areas[id].PartnershipId, areas[id].CommuneInsee));
            }
        });
        Assert.Equal(["38151"], stored.Where(s => s.PartnershipId == DemoData.Echirolles).Select(s => s.Draft.Commune).Distinct());
        // Most in the quartiers, but not all: the rest of each commune has its events too.
        var inQuartiers = stored.Count(s => s.AreaId is not null) / (double)stored.Count;
        Assert.InRange(inQuartiers, 0.6, 0.85);
    }

    [Fact]
    public async Task OnlyTheLastTwoDays_AreRouted_SomeAcknowledgedSomeNot_AndTheLoadIsAudited()
    {
        var deliveries = await _app.WithDbAsync(db => db.Set<EventDelivery>().Where(d => d.PartnershipId == DemoData.Metropole || d.PartnershipId == DemoData.Echirolles)
            .Join(db.Set<SafetyEvent>(), d => d.EventId, e => e.Id, (d, e) => new { e.OccurredAt, d.AcknowledgedAt, d.Mode }).ToListAsync(Ct));
        Assert.True(deliveries.Count >= 10, $"{deliveries.Count} deliveries");
        Assert.All(deliveries, d => Assert.True(d.OccurredAt >= Now - DemoEvents.Live));
        Assert.Contains(deliveries, d => d.AcknowledgedAt is not null);
        Assert.Contains(deliveries, d => d.AcknowledgedAt is null && d.Mode == DeliveryMode.Immediate);
        Assert.Contains(deliveries, d => d.Mode == DeliveryMode.Digest);
        var imports = await _app.WithDbAsync(db => db.Set<AuditRecord>().Where(r => r.Type == AuditEventType.EventsImported)
            .Select(r => r.PartnershipId).Distinct().ToListAsync(Ct));
        Assert.Equal(2, imports.Count);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<VerifyAuditChain.Handler>().HandleAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task HeatingQuartiers_TheCurrentWeek_IsASpikeForTheWatchCell()
    {
        var stored = await StoredAsync();
        var current = IsoWeek.Of(ParisTime.DateOf(Now));
        foreach (var territory in DemoTerritory.All)
        {
            foreach (var category in DemoTerritory.HeatingCategories)
            {
                var weeks = stored.Where(s => s.PartnershipId == territory.PartnershipId && s.Draft.Quartier == territory.Heating.Quartier && s.Draft.Category == category)
                    .GroupBy(s => IsoWeek.Of(ParisTime.DateOf(s.Draft.OccurredAt))).ToDictionary(g => g.Key, g => g.Count());
                var assessed = SpikeRule.Evaluate(weeks.GetValueOrDefault(current), SpikeBaseline.Weeks(current, 1).Select(w => weeks.GetValueOrDefault(w)).ToList());
                Assert.True(assessed.IsAlert, $"{territory.Heating.Quartier} {category}: {assessed}");
                Assert.True(weeks.GetValueOrDefault(current.AddWeeks(-1)) > weeks.GetValueOrDefault(current.AddWeeks(-2)), "rising week after week");
            }
        }
    }

    [Fact]
    public async Task WeekendNights_AndSummerRodeos_AsStored()
    {
        var stored = (await StoredAsync()).Select(s => s.Draft).ToList();
        var local = stored.Select(e => (e.Category, At: ParisTime.ToParis(e.OccurredAt))).ToList();
        var weekendNights = local.Count(e => (e.At.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday && e.At.Hour >= 20)
            || (e.At.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && e.At.Hour < 5)) / 18.0;
        var weekdayDays = local.Count(e => e.At.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Friday && e.At.Hour is >= 8 and < 18) / 50.0;
        Assert.True(weekendNights > 2 * weekdayDays, $"{weekendNights:F0} vs {weekdayDays:F0} an hour-week");
        var rodeos = local.Where(e => e.Category == "rodeo").ToList();
        Assert.True(rodeos.Count(e => e.At.Month is >= 6 and <= 8) > 0.6 * rodeos.Count);
    }

    [Fact]
    public async Task EveryDescription_PassesThePrivacyGuard()
    {
        var descriptions = (await StoredAsync()).Select(s => s.Draft.Description).Distinct().ToList();
        await using var scope = _app.Services.CreateAsyncScope();
        var guard = scope.ServiceProvider.GetRequiredService<AnonymousTextGuard>();
        Assert.True(descriptions.Count > 200, $"{descriptions.Count} different descriptions");
        Assert.All(descriptions, d => Assert.True(guard.Begin(null).Check("description", d).IsAccepted, d));
    }

    [Fact]
    public async Task ADemoWithoutEvents_GetsThemAtItsNextStart_InSeconds_AndTheSameOnes()
    {
        var before = await FingerprintAsync();
        await _app.WithDbAsync(db => db.Set<SafetyEvent>().Where(e => e.PartnershipId == DemoData.Metropole || e.PartnershipId == DemoData.Echirolles)
            .ExecuteDeleteAsync(Ct));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await DemoModule.SeedAsync(_app.Services, Ct);
        watch.Stop();
        // The processor time of the whole test process: more than the seeding's when other tests run alongside.
        TestContext.Current.TestOutputHelper?.WriteLine($"{before.Count} demo events seeded in {watch.ElapsedMilliseconds} ms "
            + $"({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms of processor) on {(_app.OnPostgres ? "PostgreSQL" : "SQLite")}");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(before, await FingerprintAsync());
    }
}
