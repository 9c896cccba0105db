using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Watch.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>VEI-1: the coordinator's alert rules; the watch team reads them.</summary>
public sealed class AlertRuleTests(AppFactory app)
{
    private static Task<int> CountAsync(WatchWorld world) =>
        world.App.WithDbAsync(db => db.Set<AlertRule>().CountAsync(r => r.PartnershipId == world.Partnership.Id, Ct));

    [Fact]
    public async Task Create_AsCoordinator_SavesTheRule_WithTheSpikeDefaults()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);

        var rule = await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA));

        Assert.Equal("Spike", rule.GetProperty("kind").GetString());
        Assert.Equal("Rodéo motorisé", rule.GetProperty("categoryLabel").GetString());
        Assert.Equal("Quartier A (Échirolles)", rule.GetProperty("placeName").GetString());
        Assert.Equal((3.0, 5, 3), (rule.GetProperty("sigmas").GetDouble(), rule.GetProperty("minimumCount").GetInt32(), rule.GetProperty("years").GetInt32()));
        Assert.Equal(JsonValueKind.Null, rule.GetProperty("threshold").ValueKind);
    }

    [Fact]
    public async Task Create_AsPresident_Returns403_AndSavesNothing()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);

        var response = await world.President.PostAsJsonAsync($"{world.Base}/alert-rules", WatchWorld.Rule(areaId: world.QuartierA), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountAsync(world));
    }

    public static TheoryData<string, string, object?> BadInputs => new()
    {
        { "name", "name", "" },
        { "kind", "kind", 99 },
        { "scope", "scope", null },
        { "category", "category", "inconnue" },
        { "commune", "commune", "75056" },
        { "threshold", "threshold", 0 },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Create_WithBadInput_Returns400OnTheField_AndSavesNothing(string field, string key, object? value)
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);
        var rule = WatchWorld.Rule(kind: "Fixed", scope: "Commune", commune: WatchWorld.Grenoble, threshold: 3, windowDays: 7);
        rule[key] = value;

        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/alert-rules", rule, Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Create_WithAnAreaThatIsNotCurrent_Returns400_AndSpikeFiguresOutOfRange_Too()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);
        var rule = WatchWorld.Rule(areaId: Guid.NewGuid());
        rule["sigmas"] = 0.5;
        rule["years"] = 11;

        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/alert-rules", rule, Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest, "areaId", "sigmas", "years");
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Create_WithAPersonsNameAsName_Returns422_AndSavesNothing()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);

        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/alert-rules",
            WatchWorld.Rule(areaId: world.QuartierA, name: "Rodéos de Kevin Martin, 06 12 34 56 78"), Ct);

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "name");
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task List_AsWatchCellMember_ReturnsTheRules()
    {
        var world = await WatchWorld.CreateAsync(app);
        await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA));

        var rules = await OkAsync<JsonElement>(await world.CellPartner.GetAsync($"{world.Base}/alert-rules", Ct));

        Assert.Equal("Rodéos", Assert.Single(rules.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_AsPartnerOutsideTheWatchCell_Returns403()
    {
        var world = await WatchWorld.CreateAsync(app);

        var response = await world.Partner.GetAsync($"{world.Base}/alert-rules", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_AsCoordinator_ChangesTheRule_AndAStaleVersionReturns409()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);
        var rule = await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA));
        var id = rule.GetProperty("id").GetGuid();
        var change = WatchWorld.Rule(kind: "Fixed", scope: "EachArea", threshold: 4, windowDays: 7, name: "Rodéos par quartier");
        change["version"] = rule.GetProperty("version").GetGuid();

        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/alert-rules/{id}", change, Ct));
        var stale = await world.Coordinator.PutAsJsonAsync($"{world.Base}/alert-rules/{id}", change, Ct);

        Assert.Equal(("Fixed", "EachArea", 4), (updated.GetProperty("kind").GetString(), updated.GetProperty("scope").GetString(), updated.GetProperty("threshold").GetInt32()));
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("areaId").ValueKind);
        await ProblemAsync(stale, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Update_WithoutVersion_Returns400_AndChangesNothing()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);
        var id = (await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA))).GetProperty("id").GetGuid();

        var response = await world.Coordinator.PutAsJsonAsync($"{world.Base}/alert-rules/{id}", WatchWorld.Rule(areaId: world.QuartierA, name: "Autre nom"), Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest, "version");
        Assert.Equal("Rodéos", await app.WithDbAsync(db => db.Set<AlertRule>().Where(r => r.Id == id).Select(r => r.Name).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Update_AsEtat_Returns403()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);
        var rule = await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA));
        var change = WatchWorld.Rule(areaId: world.QuartierA, name: "Autre nom");
        change["version"] = rule.GetProperty("version").GetGuid();

        var response = await world.Etat.PutAsJsonAsync($"{world.Base}/alert-rules/{rule.GetProperty("id").GetGuid()}", change, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Delete_AsCoordinator_RemovesARuleWithoutAlerts_ButKeepsOneThatRaisedAlerts()
    {
        var world = await WatchWorld.CreateAsync(app, withCell: false);
        var unused = await world.RuleOkAsync(WatchWorld.Rule(kind: "Fixed", scope: "Territory", threshold: 50, windowDays: 7, name: "Seuil"));
        await world.RaiseSpikeAsync();
        var used = await app.WithDbAsync(db => db.Set<AlertRule>().SingleAsync(r => r.PartnershipId == world.Partnership.Id && r.Kind == AlertRuleKind.Spike, Ct));

        var removed = await world.Coordinator.DeleteAsync($"{world.Base}/alert-rules/{unused.GetProperty("id").GetGuid()}?version={unused.GetProperty("version").GetGuid()}", Ct);
        var kept = await world.Coordinator.DeleteAsync($"{world.Base}/alert-rules/{used.Id}?version={used.Version}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await ProblemAsync(kept, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync(world));
    }

    [Fact]
    public async Task Delete_WithoutVersion_Returns400_AndAsPartner_Returns403()
    {
        var world = await WatchWorld.CreateAsync(app);
        var rule = await world.RuleOkAsync(WatchWorld.Rule(areaId: world.QuartierA));
        var url = $"{world.Base}/alert-rules/{rule.GetProperty("id").GetGuid()}";

        await ProblemAsync(await world.Coordinator.DeleteAsync(url, Ct), HttpStatusCode.BadRequest, "version");
        Assert.Equal(HttpStatusCode.Forbidden, (await world.CellPartner.DeleteAsync($"{url}?version={rule.GetProperty("version").GetGuid()}", Ct)).StatusCode);
        Assert.Equal(1, await CountAsync(world));
    }
}
