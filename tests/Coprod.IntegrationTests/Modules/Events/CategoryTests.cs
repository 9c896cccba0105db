using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Territory;
using Coprod.Web.Platform.Audit;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-1: the partnership's taxonomy, French by default, edited by the coordinator.</summary>
public sealed class CategoryTests(AppFactory app)
{
    [Fact]
    public async Task List_AsFieldAgent_StartsWithTheFrenchDefault()
    {
        var world = await CreateAsync(app);
        var categories = await OkAsync<JsonElement>(await world.Mediator.GetAsync($"{world.Base}/categories", Ct));
        var codes = categories.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.Contains("occupation-hall", codes);
        Assert.Contains("rodeo", codes);
        Assert.Equal(15, codes.Count);
    }

    [Fact]
    public async Task Create_AsCoordinator_AddsACategoryUsableAtOnce()
    {
        var world = await CreateAsync(app);
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/categories",
            new { code = "feu-artifice", label = "Tirs de mortiers d'artifice" }, Ct), HttpStatusCode.Created);
        Assert.True(created.GetProperty("isActive").GetBoolean());
        await world.ReportOkAsync(world.Mediator, Report("feu-artifice"));
        Assert.Single(await world.App.AuditAsync(world.Partnership.Id), r => r.Type == AuditEventType.EventCategoryCreated);
    }

    [Theory]
    [InlineData("Feu", "Majuscules", "code")]
    [InlineData("x", "Trop court", "code")]
    [InlineData("rodeo", "Déjà pris", "code")]
    [InlineData("bruit", "", "label")]
    public async Task Create_WithBadInput_Returns400(string code, string label, string field)
    {
        var world = await CreateAsync(app);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/categories", new { code, label }, Ct), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Create_AsPartner_Returns403()
    {
        var world = await CreateAsync(app);
        var response = await world.Police.PostAsJsonAsync($"{world.Base}/categories", new { code = "bruit", label = "Bruit" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_RetiresACategory_ThenReportsInItAreRefused_AndAStaleVersionReturns409()
    {
        var world = await CreateAsync(app);
        var categories = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/categories", Ct));
        var tags = categories.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "tags");
        var url = $"{world.Base}/categories/{tags.GetProperty("id").GetGuid()}";
        var version = tags.GetProperty("version").GetGuid();

        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync(url, new { label = "Tags et graffitis", isActive = false, version }, Ct));
        Assert.False(updated.GetProperty("isActive").GetBoolean());
        await ProblemAsync(await world.PostAsync(world.Mediator, Report("tags")), HttpStatusCode.BadRequest, "category");

        var stale = await world.Coordinator.PutAsJsonAsync(url, new { label = "Autre nom", version }, Ct);
        await ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Police.PutAsJsonAsync(url, new { label = "X", version }, Ct)).StatusCode);
    }
}
