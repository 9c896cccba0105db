using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Governance;

/// <summary>GOV-4: whether the partnership is alive, per institution and per body, over twelve months.</summary>
public sealed class HealthTests(AppFactory app)
{
    [Fact]
    public async Task Health_CountsAttendanceAndPlenariesMissed_PerInstitution_AndMeetingsPerBody()
    {
        var world = await GovernanceWorld.CreateAsync(app, 2);
        var plenary = (await world.CreateBodyAsync()).GetProperty("id").GetGuid();
        var cell = (await world.CreateBodyAsync("CelluleDeVeille", "Cellule de veille")).GetProperty("id").GetGuid();
        var (keen, absent) = (world.Institutions[0].Id, world.Institutions[1].Id);
        await RecordAsync(world, plenary, DateTimeOffset.UtcNow.AddMonths(-8), (keen, "Present"), (absent, "Absent"));
        await RecordAsync(world, plenary, DateTimeOffset.UtcNow.AddMonths(-2), (keen, "Represented"), (absent, "Excused"));
        await RecordAsync(world, cell, DateTimeOffset.UtcNow.AddMonths(-1), (keen, "Present"), (absent, "Present"));
        await world.ScheduleAsync(cell, DateTimeOffset.UtcNow.AddMonths(-14)); // too old to count
        await world.ScheduleAsync(cell, DateTimeOffset.UtcNow.AddMonths(1)); // not held yet

        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        var health = await OkAsync<JsonElement>(await agent.GetAsync($"/api/v1/partnerships/{world.Partnership.Id}/health", Ct));

        var institutions = health.GetProperty("institutions").EnumerateArray().ToList();
        Assert.Equal(absent, institutions[0].GetProperty("id").GetGuid()); // the least present first
        Assert.Equal((3, 1, 2, 2, 0.333), (institutions[0].GetProperty("invited").GetInt32(), institutions[0].GetProperty("present").GetInt32(),
            institutions[0].GetProperty("plenariesInvited").GetInt32(), institutions[0].GetProperty("plenariesMissed").GetInt32(),
            institutions[0].GetProperty("attendanceRate").GetDouble()));
        Assert.Equal((1.0, 0), (institutions[1].GetProperty("attendanceRate").GetDouble(), institutions[1].GetProperty("plenariesMissed").GetInt32()));
        Assert.Equal(1, institutions[1].GetProperty("activeMembers").GetInt32());

        var bodies = health.GetProperty("bodies").EnumerateArray().ToDictionary(b => b.GetProperty("id").GetGuid());
        Assert.Equal((2, 1, true), (bodies[plenary].GetProperty("held").GetInt32(), bodies[plenary].GetProperty("expected").GetInt32(), bodies[plenary].GetProperty("onTrack").GetBoolean()));
        Assert.Equal((1, 12, false), (bodies[cell].GetProperty("held").GetInt32(), bodies[cell].GetProperty("expected").GetInt32(), bodies[cell].GetProperty("onTrack").GetBoolean()));
        Assert.Equal((1, 2), (health.GetProperty("bodiesOnTrack").GetInt32(), health.GetProperty("activeBodies").GetInt32()));
        Assert.Equal(0.667, health.GetProperty("attendanceRate").GetDouble());
        Assert.Equal(4, health.GetProperty("quarters").GetArrayLength());
    }

    [Fact]
    public async Task Health_OfAnEmptyPartnership_SaysThereIsNoData()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var health = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/health", Ct));
        Assert.Equal(JsonValueKind.Null, health.GetProperty("attendanceRate").ValueKind);
        Assert.Empty(health.GetProperty("bodies").EnumerateArray());
    }

    [Fact]
    public async Task Health_OfAnotherPartnership_Is403_AndAnonymous401()
    {
        var other = await app.CreatePartnershipAsync();
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/partnerships/{other.Id}/health", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/partnerships/{other.Id}/health", Ct)).StatusCode);
    }

    private static async Task RecordAsync(GovernanceWorld world, Guid bodyId, DateTimeOffset at, params (Guid Institution, string Attendance)[] states)
    {
        var meeting = await world.ScheduleAsync(bodyId, at);
        var invitees = meeting.GetProperty("invitees").EnumerateArray().ToDictionary(i => i.GetProperty("institutionId").GetGuid(), i => i.GetProperty("id").GetGuid());
        var response = await world.Coordinator.PutAsJsonAsync($"{world.Base}/meetings/{meeting.GetProperty("id").GetGuid()}/attendance", new
        {
            version = meeting.GetProperty("version").GetGuid(),
            entries = states.Select(s => new { inviteeId = invitees[s.Institution], attendance = s.Attendance, representedBy = s.Attendance == "Represented" ? "l'adjointe" : null }),
        }, Ct);
        await OkAsync<JsonElement>(response);
    }
}
