using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

public sealed class WhoHandlesTests(AppFactory app)
{
    /// <summary>Mediators competent for hall occupation, present Tuesday to Saturday 18:00 → 01:00.</summary>
    private static async Task<(DirectoryWorld World, Guid Service)> MediatorsAsync(AppFactory app)
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        await world.Partner.AddAsync(world, id, "competences", new { problem = "occupation-halls" });
        foreach (var day in new[] { "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" })
        {
            await world.Partner.AddAsync(world, id, "presence", new { day, start = "18:00", end = "01:00" });
        }
        return (world, id);
    }

    [Fact]
    public async Task WhoHandles_CompetentAndPresent_ListsTheServiceWithItsHours()
    {
        var (world, id) = await MediatorsAsync(app);
        var answer = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/who-handles?problem=occupation-halls&commune=38151&at=2026-11-25T20:00", Ct));
        Assert.False(answer.GetProperty("gap").GetBoolean());
        var service = Assert.Single(answer.GetProperty("services").EnumerateArray());
        Assert.Equal(id, service.GetProperty("service").GetProperty("id").GetGuid());
        Assert.Equal("04 76 00 00 00", service.GetProperty("service").GetProperty("phone").GetString());
        Assert.True(service.GetProperty("presentAt").GetBoolean());
        Assert.Equal(5, service.GetProperty("presence").GetArrayLength());
        Assert.Equal("Occupation de halls", answer.GetProperty("problemLabel").GetString());
    }

    [Fact]
    public async Task WhoHandles_AtOneOnAWednesdayNight_IsAGap()
    {
        var (world, _) = await MediatorsAsync(app);
        // Wednesday 25 November 2026, 01:00 in Paris: the Tuesday evening slot ended at 01:00.
        var answer = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/who-handles?problem=occupation-halls&commune=38151&at=2026-11-25T01:00", Ct));
        Assert.True(answer.GetProperty("gap").GetBoolean());
        Assert.False(answer.GetProperty("services")[0].GetProperty("presentAt").GetBoolean());
        Assert.Contains("Aucun service compétent", answer.GetProperty("message").GetString());
        // 00:30 is still inside it.
        answer = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/who-handles?problem=occupation-halls&commune=38151&at=2026-11-24T23:30:00Z", Ct));
        Assert.False(answer.GetProperty("gap").GetBoolean());
    }

    [Fact]
    public async Task WhoHandles_NobodyCompetent_IsAGapWithAMessage()
    {
        var (world, _) = await MediatorsAsync(app);
        var answer = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/who-handles?problem=rodeos-motorises&commune=38151", Ct));
        Assert.True(answer.GetProperty("gap").GetBoolean());
        Assert.Equal(0, answer.GetProperty("services").GetArrayLength());
        Assert.Contains("Rodéos motorisés", answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task WhoHandles_BadQuery_ReturnsProblems()
    {
        var (world, _) = await MediatorsAsync(app);
        var url = $"{world.Root}/who-handles";
        await ProblemAsync(await world.Agent.GetAsync($"{url}?problem=licornes&commune=38151", Ct), HttpStatusCode.BadRequest, "problem");
        await ProblemAsync(await world.Agent.GetAsync($"{url}?problem=bruit&commune=38185", Ct), HttpStatusCode.BadRequest, "commune");
        await ProblemAsync(await world.Agent.GetAsync($"{url}?problem=bruit&commune=38151&at=demain", Ct), HttpStatusCode.BadRequest, "at");
        await ProblemAsync(await world.Agent.GetAsync($"{url}?problem=bruit&areaId={Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddCompetence_UnknownProblemOrDuplicate_Returns400AndSavesNothing()
    {
        var (world, id) = await MediatorsAsync(app);
        var before = await app.DirectoryStateAsync(world.Partnership.Id);
        var url = $"{world.Root}/services/{id}/competences";
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { problem = "licornes" }, Ct), HttpStatusCode.BadRequest, "problem");
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { problem = "occupation-halls" }, Ct), HttpStatusCode.BadRequest, "problem");
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { problem = "bruit", territory = new { commune = "38185" } }, Ct), HttpStatusCode.BadRequest, "territory");
        Assert.Equal(before, await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Problems_AsAgent_ListsTheCatalogue()
    {
        var world = await app.WorldAsync();
        var problems = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/problems", Ct));
        Assert.Equal(20, problems.GetArrayLength());
        Assert.Contains(problems.EnumerateArray(), p => p.GetProperty("code").GetString() == "occupation-halls" && p.GetProperty("label").GetString() == "Occupation de halls");
    }
}
