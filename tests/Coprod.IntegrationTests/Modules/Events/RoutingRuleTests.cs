using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.RoutingTestData;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-2: the coordinator edits the protocol; members read it; bad input and stale versions change nothing.</summary>
public sealed class RoutingRuleTests(AppFactory app)
{
    private Task<int> CountAsync(EventsWorld world) =>
        app.WithDbAsync(db => db.Set<RoutingRule>().CountAsync(r => r.PartnershipId == world.Partnership.Id, Ct));

    [Fact]
    public async Task Create_AsCoordinator_IsListedForEveryMember_AndAudited()
    {
        var world = await EventsWorld.CreateAsync(app);
        var created = await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id], "Rodéos la nuit", ["rodeo"], [EventsWorld.Echirolles], [world.QuartierId],
            "Grave", "Hours", "22:00", "06:00"));
        Assert.Equal("22:00", created.GetProperty("from").GetString());

        var listed = await OkAsync<JsonElement>(await world.Mediator.GetAsync(world.Rules(), Ct));
        var rule = Assert.Single(listed.EnumerateArray());
        Assert.Equal("Rodéos la nuit", rule.GetProperty("name").GetString());
        Assert.Equal(["rodeo"], rule.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(world.QuartierId, Assert.Single(rule.GetProperty("areas").EnumerateArray()).GetGuid());
        Assert.Equal("Hours", rule.GetProperty("window").GetString());
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(a => a.Type == AuditEventType.RoutingRuleCreated && a.TargetId == created.Id().ToString(), Ct)));
    }

    [Fact]
    public async Task Create_AsPartner_ReturnsForbidden()
    {
        var world = await EventsWorld.CreateAsync(app);
        var response = await world.Police.PostAsJsonAsync(world.Rules(), Rule([world.PoliceMunicipale.Id]), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Create_BadInput_ReturnsFieldErrors_AndSavesNothing()
    {
        var world = await EventsWorld.CreateAsync(app);
        async Task RefusedAsync(object rule, params string[] fields) =>
            await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Rules(), rule, Ct), HttpStatusCode.BadRequest, fields);

        await RefusedAsync(Rule([world.PoliceMunicipale.Id], categories: ["inconnue"]), "categories");
        await RefusedAsync(Rule([world.PoliceMunicipale.Id], communes: ["75056"]), "communes");
        await RefusedAsync(Rule([world.PoliceMunicipale.Id], areas: [Guid.NewGuid()]), "areas");
        await RefusedAsync(Rule([Guid.NewGuid()]), "targets");
        await RefusedAsync(Rule([]), "targets");
        await RefusedAsync(Rule([world.PoliceMunicipale.Id], window: "Hours", from: "25:00", to: "06:00"), "from");
        await RefusedAsync(Rule([world.PoliceMunicipale.Id], window: "Hours", from: "22:00", to: "22:00"), "to");
        await RefusedAsync(Rule([world.PoliceMunicipale.Id], name: " "), "name");
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(world.Rules(), Rule([world.PoliceMunicipale.Id], name: "Appeler le 06 12 34 56 78"), Ct),
            HttpStatusCode.UnprocessableEntity, "name");
        Assert.Equal(0, await CountAsync(world));
    }

    [Fact]
    public async Task Update_WithCurrentVersion_Replaces_AndStaleVersion_Returns409()
    {
        var world = await EventsWorld.CreateAsync(app);
        var created = await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id]));
        var url = $"{world.Rules()}/{created.Id()}";
        var change = Rule([world.Mediation.Id], "Médiation en journée", mode: "Digest");
        change["version"] = created.GetProperty("version").GetGuid();

        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync(url, change, Ct));
        Assert.Equal("Digest", updated.GetProperty("mode").GetString());
        Assert.NotEqual(created.GetProperty("version").GetGuid(), updated.GetProperty("version").GetGuid());

        change["name"] = "Autre nom";
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync(url, change, Ct), HttpStatusCode.Conflict);
        change.Remove("version");
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync(url, change, Ct), HttpStatusCode.BadRequest, "version");
        var stored = await app.WithDbAsync(db => db.Set<RoutingRule>().SingleAsync(r => r.Id == created.Id(), Ct));
        Assert.Equal("Médiation en journée", stored.Name);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Police.PutAsJsonAsync(url, change, Ct)).StatusCode);
    }

    [Fact]
    public async Task Delete_WithCurrentVersion_Removes_AndStaleVersion_Returns409()
    {
        var world = await EventsWorld.CreateAsync(app);
        var created = await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id]));
        var url = $"{world.Rules()}/{created.Id()}";
        await ProblemAsync(await world.Coordinator.DeleteAsync($"{url}?version={Guid.NewGuid()}", Ct), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Police.DeleteAsync($"{url}?version={created.GetProperty("version").GetGuid()}", Ct)).StatusCode);
        Assert.Equal(1, await CountAsync(world));

        var response = await world.Coordinator.DeleteAsync($"{url}?version={created.GetProperty("version").GetGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, await CountAsync(world));
        await ProblemAsync(await world.Coordinator.DeleteAsync($"{url}?version={Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }
}
