using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>VEI-1: who reads which alerts, with their plain sentence and their series' history.</summary>
public sealed class AlertReadTests(AppFactory app)
{
    [Fact]
    public async Task List_AsCoordinator_ReturnsTheAlert_WithItsSentence()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();

        var alerts = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/alerts", Ct));

        var alert = Assert.Single(alerts.EnumerateArray());
        Assert.Equal(alertId, alert.GetProperty("id").GetGuid());
        Assert.Equal("2026-W11", alert.GetProperty("week").GetString());
        Assert.Equal("Quartier A (Échirolles)", alert.GetProperty("placeName").GetString());
        Assert.StartsWith("8 événements cette semaine pour 1 attendus (×8)", alert.GetProperty("explanation").GetString());
        Assert.Equal("Open", alert.GetProperty("status").GetString());
    }

    [Fact]
    public async Task List_FiltersByStatusAndPeriod()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RaiseSpikeAsync();

        async Task<int> CountAsync(string query) => (await OkAsync<JsonElement>(await world.President.GetAsync($"{world.Base}/alerts?{query}", Ct))).GetArrayLength();

        Assert.Equal(1, await CountAsync("status=open"));
        Assert.Equal(0, await CountAsync("status=Closed"));
        Assert.Equal(1, await CountAsync("from=2026-03-15&to=2026-03-20"));
        Assert.Equal(0, await CountAsync("from=2026-03-16"));
        Assert.Equal(0, await CountAsync("to=2026-03-08"));
    }

    [Theory]
    [InlineData("status=Bogus", "status")]
    [InlineData("status=3", "status")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-03-10&to=2026-03-01", "to")]
    public async Task List_WithBadFilters_Returns400OnTheField(string query, string field)
    {
        var world = await WatchWorld.CreateAsync(app);

        await ProblemAsync(await world.Coordinator.GetAsync($"{world.Base}/alerts?{query}", Ct), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task List_AsPartnerOutsideTheCell_ShowsOnlyTheAlertsThatMobiliseTheirInstitution()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();
        var before = await OkAsync<JsonElement>(await world.Partner.GetAsync($"{world.Base}/alerts", Ct));
        await ProblemAsync(await world.Partner.GetAsync(world.Alert(alertId), Ct), HttpStatusCode.NotFound);

        await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(world.Alert(alertId, "/procedure"),
            new { mobilised = new[] { new { institutionId = world.Police.Id, role = "Patrouilles renforcées en soirée" } } }, Ct));

        Assert.Equal(0, before.GetArrayLength());
        var after = await OkAsync<JsonElement>(await world.Partner.GetAsync($"{world.Base}/alerts", Ct));
        Assert.Equal(alertId, Assert.Single(after.EnumerateArray()).GetProperty("id").GetGuid());
        var details = await OkAsync<JsonElement>(await world.Partner.GetAsync(world.Alert(alertId), Ct));
        Assert.False(details.GetProperty("canAct").GetBoolean());
    }

    [Fact]
    public async Task List_AsFieldAgent_Returns403_EvenWhenTheirInstitutionSitsInTheCell()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Agent.GetAsync($"{world.Base}/alerts", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Agent.GetAsync(world.Alert(alertId), Ct)).StatusCode);
    }

    [Fact]
    public async Task Get_AsCellMember_ReturnsTheProcedure_AndFiftyTwoWeeksOfHistory()
    {
        var world = await WatchWorld.CreateAsync(app);
        var alertId = await world.RaiseSpikeAsync();

        var details = await OkAsync<JsonElement>(await world.CellPartner.GetAsync(world.Alert(alertId), Ct));

        Assert.True(details.GetProperty("canAct").GetBoolean());
        Assert.False(details.GetProperty("canScheduleMeeting").GetBoolean());
        Assert.Equal(0, details.GetProperty("mobilised").GetArrayLength());
        var history = details.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(52, history.Count);
        var last = history[^1];
        Assert.Equal(("2026-W11", 8, 1.0), (last.GetProperty("week").GetString(), last.GetProperty("count").GetInt32(), last.GetProperty("expected").GetDouble()));
        Assert.InRange(last.GetProperty("upperLimit").GetDouble(), 4.4, 4.5);
        // 2025-W20's comparable weeks are all before the data starts: no expectation.
        var early = history.Single(w => w.GetProperty("week").GetString() == "2025-W20");
        Assert.Equal(JsonValueKind.Null, early.GetProperty("expected").ValueKind);
        Assert.Equal(1, history.Single(w => w.GetProperty("week").GetString() == "2025-W12").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Get_AnAlertOfAnotherPartnership_Returns404()
    {
        var world = await WatchWorld.CreateAsync(app);
        var other = await WatchWorld.CreateAsync(app, withCell: false);
        var alertId = await other.RaiseSpikeAsync();

        await ProblemAsync(await world.Coordinator.GetAsync(world.Alert(alertId), Ct), HttpStatusCode.NotFound);
    }
}
