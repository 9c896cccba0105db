using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

public sealed class OnCallTests(AppFactory app)
{
    private static string At(string iso) => Uri.EscapeDataString(iso);

    [Fact]
    public async Task OnCall_AtAnInstant_ListsTheEntryInForce()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Coordinator.CreateServiceAsync(world, world.Other.Id, "Astreinte de la mairie");
        await world.Coordinator.AddAsync(world, id, "on-call", new { label = "Cadre d'astreinte", phone = "04 76 00 11 22", from = "2026-11-27T18:00", to = "2026-11-30T08:00" });
        var answer = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/on-call?commune=38151&at={At("2026-11-28T03:00+01:00")}", Ct));
        Assert.False(answer.GetProperty("nobody").GetBoolean());
        var entry = Assert.Single(answer.GetProperty("onCall").EnumerateArray());
        Assert.Equal("Cadre d'astreinte", entry.GetProperty("label").GetString());
        Assert.Equal("04 76 00 11 22", entry.GetProperty("phone").GetString());
        // 18:00 Paris is 17:00 UTC in November: 16:59 UTC is before the entry.
        answer = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/on-call?commune=38151&at={At("2026-11-27T16:59:00Z")}", Ct));
        Assert.True(answer.GetProperty("nobody").GetBoolean());
        Assert.Contains("Personne à appeler", answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task OnCall_PresenceAcrossDaylightSavingChanges_UsesParisTime()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        await world.Partner.AddAsync(world, id, "presence", new { day = "Saturday", start = "21:00", end = "02:00" });
        async Task<bool> PresentAsync(string instant) =>
            !(await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/on-call?commune=38151&at={At(instant)}", Ct))).GetProperty("nobody").GetBoolean();
        // Sunday 29 March 2026, clocks go forward at 02:00: 00:30 UTC is 01:30 CET (present), 01:30 UTC is 03:30 CEST (gone).
        Assert.True(await PresentAsync("2026-03-29T00:30:00Z"));
        Assert.False(await PresentAsync("2026-03-29T01:30:00Z"));
        // In summer, 00:30 UTC is already 02:30 in Paris; in winter it is 01:30.
        Assert.False(await PresentAsync("2026-07-12T00:30:00Z"));
        Assert.True(await PresentAsync("2026-11-29T00:30:00Z"));
        // Sunday 25 October 2026, clocks go back at 03:00: 23:30 UTC on Saturday is 01:30 CEST.
        Assert.True(await PresentAsync("2026-10-24T23:30:00Z"));
        Assert.False(await PresentAsync("2026-10-25T00:30:00Z"));
    }

    [Fact]
    public async Task AddOnCall_BadInput_ReturnsProblemsAndSavesNothing()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        var url = $"{world.Root}/services/{id}/on-call";
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { label = "Astreinte", phone = "04 76 00 11 22", from = "2026-11-28T08:00", to = "2026-11-27T08:00" }, Ct), HttpStatusCode.BadRequest, "to");
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { label = "", phone = "x", from = "hier", to = "" }, Ct), HttpStatusCode.BadRequest, "label", "phone", "from", "to");
        await ProblemAsync(await world.Partner.PostAsJsonAsync(url, new { label = "Astreinte, joindre le 06 12 34 56 78", phone = "04 76 00 11 22", from = "2026-11-27T08:00", to = "2026-11-28T08:00" }, Ct),
            HttpStatusCode.UnprocessableEntity, "label");
        Assert.StartsWith("1,0,0,0", await app.DirectoryStateAsync(world.Partnership.Id));
        var (other, _) = await world.Coordinator.CreateServiceAsync(world, world.Other.Id, "Autre");
        await ProblemAsync(await world.Partner.PostAsJsonAsync($"{world.Root}/services/{other}/on-call",
            new { label = "Astreinte", phone = "04 76 00 11 22", from = "2026-11-27T08:00", to = "2026-11-28T08:00" }, Ct), HttpStatusCode.Forbidden);
    }
}
