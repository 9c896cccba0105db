using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Events.Domain;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.RoutingTestData;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-2: reported events are routed by category, territory, severity and time of day, nights to whoever is on call.</summary>
public sealed class RoutingTests(AppFactory app)
{
    private static string Directory(EventsWorld world) => $"/api/v1/partnerships/{world.Partnership.Id}/directory";

    [Fact]
    public async Task Report_IsRoutedByCategoryCommuneAndSeverity_NeverToTheReporter()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id, world.Mediation.Id], categories: ["rodeo"], communes: [EventsWorld.Grenoble], severity: "Grave"));

        var routed = await world.ReportOkAsync(world.Mediator, InGrenoble("rodeo", "Grave"));
        var deliveries = await world.DeliveriesAsync(routed.Id());
        var police = Assert.Single(deliveries.Values);
        Assert.Equal(world.PoliceMunicipale.Id, police.InstitutionId);
        Assert.Equal(DeliveryMode.Immediate, police.Mode);
        Assert.Equal(DeliveryReason.Target, police.Reason);

        Assert.Empty(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, EventsWorld.Report("rodeo", "Grave"))).Id()));
        Assert.Empty(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, InGrenoble("tags", "Grave"))).Id()));
        Assert.Empty(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, InGrenoble("rodeo", "Moyenne"))).Id()));
    }

    [Fact]
    public async Task Report_InsideARuleArea_IsRouted_AndDigestRulesGiveWayToImmediateOnes()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], "A - quartier", areas: [world.QuartierId], mode: "Digest"));
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id, world.Commune.Id], "B - violences", categories: ["violence"]));

        var inQuartier = await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, EventsWorld.Report("tags", "Faible"))).Id());
        Assert.Equal(DeliveryMode.Digest, Assert.Single(inQuartier.Values).Mode);
        var violence = await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, EventsWorld.Report("violence", "Grave"))).Id());
        Assert.Equal(2, violence.Count);
        Assert.Equal(DeliveryMode.Immediate, violence[world.PoliceMunicipale.Id].Mode);
        Assert.Empty(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, InGrenoble("tags", "Faible"))).Id()));
    }

    [Fact]
    public async Task Report_HoursAcrossMidnight_RoutesOnlyInTheWindow_ParisTime()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], window: "Hours", from: "22:00", to: "06:00"));

        Assert.Single(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, InGrenoble("tags", "Faible", YesterdayAt(23, 30)))).Id()));
        Assert.Single(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, InGrenoble("tags", "Faible", YesterdayAt(5, 59)))).Id()));
        Assert.Empty(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, InGrenoble("tags", "Faible", YesterdayAt(6, 0)))).Id()));
        Assert.Empty(await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, InGrenoble("tags", "Faible", YesterdayAt(14, 0)))).Id()));
    }

    [Fact]
    public async Task Report_OutsidePresence_AtNight_GoesToTheOnCallInstitution_ByDayToNobody()
    {
        var world = await EventsWorld.CreateAsync(app);
        await PoliceByDayAndTownHallOnCallAsync(world, YesterdayAt(20, 0), YesterdayAt(20, 0).AddHours(12));
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], "Violences hors présence", categories: ["violence"], window: "OutsidePresence"));

        // 03:00: the police is away and the on-call rota starts at 20:00: nobody on call, so the police gets it anyway.
        var early = await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, EventsWorld.With(EventsWorld.Report("violence"), "occurredAt", YesterdayAt(3, 0)))).Id());
        Assert.Equal(DeliveryReason.NobodyOnCall, early[world.PoliceMunicipale.Id].Reason);
        var lateNight = await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, EventsWorld.With(EventsWorld.Report("violence"), "occurredAt", YesterdayAt(23, 0)))).Id());
        var onCall = Assert.Single(lateNight.Values);
        Assert.Equal(world.Commune.Id, onCall.InstitutionId);
        Assert.Equal(DeliveryReason.OnCall, onCall.Reason);
        var day = await world.DeliveriesAsync((await world.ReportOkAsync(world.Mediator, EventsWorld.With(EventsWorld.Report("violence"), "occurredAt", YesterdayAt(14, 0)))).Id());
        Assert.Empty(day);
    }

    [Fact]
    public async Task Simulate_ShowsWhoWouldReceive_ByWhichRuleAndWhy_WithoutSaving()
    {
        var world = await EventsWorld.CreateAsync(app);
        await PoliceByDayAndTownHallOnCallAsync(world, YesterdayAt(20, 0), YesterdayAt(20, 0).AddHours(12));
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], "Violences hors présence", categories: ["violence"], window: "OutsidePresence"));
        await world.RuleOkAsync(Rule([world.Mediation.Id], "Relevé médiation", mode: "Digest"));
        var before = await world.CountAsync();

        async Task<JsonElement[]> SimulateAsync(HttpClient client, DateTimeOffset at) =>
            (await OkAsync<JsonElement>(await client.PostAsJsonAsync($"{world.Rules()}/simulate",
                new { category = "violence", severity = "Grave", latitude = Territory.TerritoryTestData.Lat, longitude = Territory.TerritoryTestData.Lon, occurredAt = at }, Ct)))
            .GetProperty("recipients").EnumerateArray().ToArray();

        var night = await SimulateAsync(world.Coordinator, YesterdayAt(23, 0));
        Assert.Equal(2, night.Length);
        var onCall = night.Single(r => r.GetProperty("institutionId").GetGuid() == world.Commune.Id);
        Assert.Equal("OnCall", onCall.GetProperty("reason").GetString());
        Assert.Equal("Violences hors présence", onCall.GetProperty("rule").GetString());
        Assert.Equal(world.PoliceMunicipale.Name, onCall.GetProperty("absentTarget").GetString());
        Assert.Equal("Digest", night.Single(r => r.GetProperty("institutionId").GetGuid() == world.Mediation.Id).GetProperty("mode").GetString());

        var nobodyOnCall = await SimulateAsync(world.Mediator, YesterdayAt(3, 0));
        Assert.Equal("NobodyOnCall", nobodyOnCall.Single(r => r.GetProperty("institutionId").GetGuid() == world.PoliceMunicipale.Id).GetProperty("reason").GetString());
        Assert.Single(await SimulateAsync(world.Police, YesterdayAt(14, 0)));
        Assert.Equal(before, await world.CountAsync());
    }

    [Fact]
    public async Task Simulate_BadInput_ReturnsFieldErrors_AndForOtherPartnerships_Forbidden()
    {
        var world = await EventsWorld.CreateAsync(app);
        var url = $"{world.Rules()}/simulate";
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(url, new { category = "inconnue", commune = "75056" }, Ct), HttpStatusCode.BadRequest,
            "category", "severity", "commune");
        var other = await EventsWorld.CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Coordinator.PostAsJsonAsync(url, new { category = "rodeo", severity = "Grave", commune = EventsWorld.Echirolles }, Ct)).StatusCode);
    }

    /// <summary>The police is present in Échirolles every day from 08:00 to 20:00; the town hall's on-call manager covers <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static async Task PoliceByDayAndTownHallOnCallAsync(EventsWorld world, DateTimeOffset from, DateTimeOffset to)
    {
        var root = Directory(world);
        var police = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{root}/services",
            Coprod.IntegrationTests.Modules.Directory.DirectoryTestData.ServiceBody(world.PoliceMunicipale.Id, "Patrouille"), Ct), HttpStatusCode.Created);
        foreach (var day in Enum.GetNames<DayOfWeek>())
        {
            await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{root}/services/{police.Id()}/presence", new { day, start = "08:00", end = "20:00" }, Ct),
                HttpStatusCode.Created);
        }
        var townHall = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{root}/services",
            Coprod.IntegrationTests.Modules.Directory.DirectoryTestData.ServiceBody(world.Commune.Id, "Astreinte de la mairie"), Ct), HttpStatusCode.Created);
        await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{root}/services/{townHall.Id()}/on-call",
            new { label = "Cadre d'astreinte", phone = "04 76 00 11 22", from = Local(from), to = Local(to) }, Ct), HttpStatusCode.Created);
    }

    private static string Local(DateTimeOffset at) => Coprod.Web.Platform.ParisTime.ToParis(at).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
