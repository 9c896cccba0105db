using System.Text.Json;
using Coprod.IntegrationTests.Platform;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

/// <summary>The demo's "qui fait quoi" in Échirolles tells the truth about the night.</summary>
public sealed class DemoDirectoryTests(DemoHost host) : IClassFixture<DemoHost>
{
    private readonly AppFactory _demo = host.App;

    /// <summary>Next Wednesday at this Paris time, as an ISO local time.</summary>
    private static string NextWednesday(int hour)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var days = ((int)DayOfWeek.Wednesday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days).ToDateTime(new TimeOnly(hour, 0)).ToString("yyyy-MM-ddTHH:mm");
    }

    private async Task<(HttpClient Agent, string Root)> AgentAsync()
    {
        var agentId = await _demo.WithDbAsync(db => db.Users.Where(u => u.Email == "mediateur@demo.coprod.fr").Select(u => u.Id).SingleAsync(Ct));
        var echirolles = await _demo.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Kind == PartnershipKind.Clspd).Select(p => p.Id).SingleAsync(Ct));
        return (_demo.ClientFor(agentId), $"/api/v1/partnerships/{echirolles}/directory");
    }

    [Fact]
    public async Task HallOccupation_AtOneOnAWednesday_IsAGap_ButTheMairieIsOnCall()
    {
        var (agent, root) = await AgentAsync();
        var night = await OkAsync<JsonElement>(await agent.GetAsync($"{root}/who-handles?problem=occupation-halls&commune=38151&at={NextWednesday(1)}", Ct));
        Assert.True(night.GetProperty("gap").GetBoolean());
        Assert.Equal(3, night.GetProperty("services").GetArrayLength());
        Assert.DoesNotContain(night.GetProperty("services").EnumerateArray(), s => s.GetProperty("service").GetProperty("institutionType").GetString() == "PoliceNationale");
        var evening = await OkAsync<JsonElement>(await agent.GetAsync($"{root}/who-handles?problem=occupation-halls&commune=38151&at={NextWednesday(20)}", Ct));
        Assert.False(evening.GetProperty("gap").GetBoolean());
        var onCall = await OkAsync<JsonElement>(await agent.GetAsync($"{root}/on-call?commune=38151&at={NextWednesday(1)}", Ct));
        Assert.Contains(onCall.GetProperty("onCall").EnumerateArray(), e => e.GetProperty("label").GetString() == "Cadre d'astreinte mairie");
        var grid = await OkAsync<JsonElement>(await agent.GetAsync($"{root}/coverage?commune=38151", Ct));
        Assert.Equal(1, grid.GetProperty("days")[2].GetProperty("hours")[1].GetProperty("count").GetInt32());

        // For hall occupation alone, the night is empty: the police present all night is not competent for it.
        var halls = await OkAsync<JsonElement>(await agent.GetAsync($"{root}/coverage?commune=38151&problem=occupation-halls", Ct));
        Assert.Equal(0, halls.GetProperty("days")[2].GetProperty("hours")[1].GetProperty("count").GetInt32());
        Assert.True(halls.GetProperty("emptyHours").GetInt32() > 40, $"{halls.GetProperty("emptyHours").GetInt32()} empty hours");
        await ProblemAsync(await agent.GetAsync($"{root}/coverage?commune=38151&problem=inconnu", Ct), System.Net.HttpStatusCode.BadRequest, "problem");
    }
}
