using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

public sealed class PresenceTests(AppFactory app)
{
    private static int Count(JsonElement grid, int day, int hour) => grid.GetProperty("days")[day].GetProperty("hours")[hour].GetProperty("count").GetInt32();

    [Fact]
    public async Task Coverage_NightSlotCrossingMidnight_FillsFridayEveningAndSaturdayMorning()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        await world.Partner.AddAsync(world, id, "presence", new { day = "Friday", start = "21:00", end = "02:00", territory = new { commune = DirectoryTestData.Echirolles } });
        var grid = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/coverage?commune=38151", Ct));
        Assert.Equal("Monday", grid.GetProperty("days")[0].GetProperty("dayOfWeek").GetString());
        var filled = Enumerable.Range(0, 7).SelectMany(d => Enumerable.Range(0, 24).Where(h => Count(grid, d, h) > 0).Select(h => (d, h))).ToList();
        Assert.Equal([(4, 21), (4, 22), (4, 23), (5, 0), (5, 1)], filled);
        Assert.Equal("Médiation de nuit", grid.GetProperty("days")[5].GetProperty("hours")[1].GetProperty("services")[0].GetProperty("name").GetString());
        Assert.Equal(7 * 24 - 5, grid.GetProperty("emptyHours").GetInt32());
    }

    [Fact]
    public async Task Coverage_SundayNightSlot_WrapsToMonday()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Coordinator.CreateServiceAsync(world, world.Other.Id);
        await world.Coordinator.AddAsync(world, id, "presence", new { day = "7", start = "22:30", end = "01:00" });
        var grid = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Root}/coverage?commune=38151", Ct));
        Assert.Equal(1, Count(grid, 6, 22));
        Assert.Equal(1, Count(grid, 6, 23));
        Assert.Equal(1, Count(grid, 0, 0));
        Assert.Equal(0, Count(grid, 0, 1));
    }

    [Fact]
    public async Task AddSlot_OverlappingOnTheSameTerritory_Returns400AndSavesNothing()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        await world.Partner.AddAsync(world, id, "presence", new { day = "Friday", start = "21:00", end = "02:00" });
        var before = await app.DirectoryStateAsync(world.Partnership.Id);
        var response = await world.Partner.PostAsJsonAsync($"{world.Root}/services/{id}/presence", new { day = "Saturday", start = "01:00", end = "03:00", territory = new { commune = "38151" } }, Ct);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest, "start");
        Assert.Contains("Vendredi 21:00–02:00", problem.GetProperty("errors").GetProperty("start")[0].GetString());
        Assert.Equal(before, await app.DirectoryStateAsync(world.Partnership.Id));
        // Touching is not overlapping.
        await world.Partner.AddAsync(world, id, "presence", new { day = "Saturday", start = "02:00", end = "03:00" });
    }

    [Fact]
    public async Task AddSlot_BadInput_Returns400AndSavesNothing()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        var url = $"{world.Root}/services/{id}/presence";
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { day = "Friday", start = "21:00", end = "21:00" }, Ct), HttpStatusCode.BadRequest, "end");
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { day = "Vendredi", start = "25:00", end = "9h" }, Ct), HttpStatusCode.BadRequest, "day", "start", "end");
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { day = "8", start = "08:00", end = "09:00" }, Ct), HttpStatusCode.BadRequest, "day");
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { day = "Monday", start = "08:00", end = "09:00", territory = new { commune = "38185" } }, Ct), HttpStatusCode.BadRequest, "territory");
        Assert.StartsWith("1,0,0,0", await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task AddSlot_AsAgentOrOnAnotherInstitution_Returns403()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Coordinator.CreateServiceAsync(world, world.Other.Id);
        var body = new { day = "Monday", start = "08:00", end = "09:00" };
        await ProblemAsync(await world.Partner.PostAsJsonAsync($"{world.Root}/services/{id}/presence", body, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Agent.PostAsJsonAsync($"{world.Root}/services/{id}/presence", body, Ct)).StatusCode);
        var slot = await world.Coordinator.AddAsync(world, id, "presence", body);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.DeleteAsync($"{world.Root}/services/{id}/presence/{slot}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Coordinator.DeleteAsync($"{world.Root}/services/{id}/presence/{slot}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Coverage_BadPlace_ReturnsProblems()
    {
        var world = await app.WorldAsync();
        await ProblemAsync(await world.Agent.GetAsync($"{world.Root}/coverage?commune=38185", Ct), HttpStatusCode.BadRequest, "commune");
        await ProblemAsync(await world.Agent.GetAsync($"{world.Root}/coverage", Ct), HttpStatusCode.BadRequest, "commune");
        await ProblemAsync(await world.Agent.GetAsync($"{world.Root}/coverage?areaId=nope", Ct), HttpStatusCode.BadRequest, "areaId");
        await ProblemAsync(await world.Agent.GetAsync($"{world.Root}/coverage?areaId={Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }
}
