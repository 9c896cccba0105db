using System.Net;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Governance;

public sealed class ConvocationAndComplianceTests(AppFactory app)
{
    private static async Task<JsonElement> AlertsAsync(GovernanceWorld world) =>
        await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/alerts", Ct));

    [Fact]
    public async Task Convocation_ThePrefectAlone_TriggersTheAlert_UntilAMeetingIsScheduled()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var plenary = (await world.CreateBodyAsync()).GetProperty("id").GetGuid();
        var (_, prefect) = await world.MemberAsync(PartnershipRole.Etat);
        var state = await OkAsync<JsonElement>(await prefect.PostAsync($"{world.Base}/bodies/{plenary}/convocation-requests", null, Ct));
        Assert.True(state.GetProperty("required").GetBoolean());
        Assert.True(state.GetProperty("byPrefect").GetBoolean());
        var alert = Assert.Single((await AlertsAsync(world)).EnumerateArray());
        Assert.Equal("Séance de droit à convoquer", alert.GetProperty("title").GetString());
        Assert.Equal(plenary, alert.GetProperty("bodyId").GetGuid());

        await world.ScheduleAsync(plenary, DateTimeOffset.UtcNow.AddDays(20));
        Assert.Empty((await AlertsAsync(world)).EnumerateArray());
    }

    [Fact]
    public async Task Convocation_AMajorityOfMemberInstitutions_Triggers_AMinorityDoesNot()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var plenary = (await world.CreateBodyAsync()).GetProperty("id").GetGuid();
        var first = await OkAsync<JsonElement>(await app.ClientFor(world.Representatives[0].Id).PostAsync($"{world.Base}/bodies/{plenary}/convocation-requests", null, Ct));
        Assert.False(first.GetProperty("required").GetBoolean());
        // The same institution asking twice is still one institution.
        await app.ClientFor(world.Representatives[0].Id).PostAsync($"{world.Base}/bodies/{plenary}/convocation-requests", null, Ct);
        Assert.Empty((await AlertsAsync(world)).EnumerateArray());

        var second = await OkAsync<JsonElement>(await app.ClientFor(world.Representatives[1].Id).PostAsync($"{world.Base}/bodies/{plenary}/convocation-requests", null, Ct));
        Assert.True(second.GetProperty("required").GetBoolean());
        Assert.Equal(2, second.GetProperty("requestingInstitutions").GetInt32());
        Assert.Equal(3, second.GetProperty("memberInstitutions").GetInt32());
        Assert.Contains("2 sur 3", Assert.Single((await AlertsAsync(world)).EnumerateArray()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Convocation_ByAMemberOfNoMemberInstitution_Returns403_AndAgentsAreRefused()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var plenary = (await world.CreateBodyAsync()).GetProperty("id").GetGuid();
        var (_, president) = await world.MemberAsync(PartnershipRole.President);
        await ProblemAsync(await president.PostAsync($"{world.Base}/bodies/{plenary}/convocation-requests", null, Ct), HttpStatusCode.Forbidden);
        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent, world.Institutions[0].Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync($"{world.Base}/bodies/{plenary}/convocation-requests", null, Ct)).StatusCode);
    }

    private static JsonElement PlenaryObligation(JsonElement report) =>
        report.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("code").GetString() == "PLENIERE_ANNUELLE");

    [Fact]
    public async Task Compliance_NoPlenaryInTwelveMonths_IsAnAlert_AndAPlenaryHeldClearsIt()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var url = $"/api/v1/partnerships/{world.Partnership.Id}/compliance";
        var never = PlenaryObligation(await OkAsync<JsonElement>(await world.Coordinator.GetAsync(url, Ct)));
        Assert.Equal("NotMet", never.GetProperty("status").GetString());
        Assert.Contains("jamais", never.GetProperty("explanation").GetString());

        var plenary = (await world.CreateBodyAsync()).GetProperty("id").GetGuid();
        await world.ScheduleAsync(plenary, DateTimeOffset.UtcNow.AddMonths(-13));
        var old = PlenaryObligation(await OkAsync<JsonElement>(await world.Coordinator.GetAsync(url, Ct)));
        Assert.Equal("NotMet", old.GetProperty("status").GetString());
        Assert.DoesNotContain("jamais", old.GetProperty("explanation").GetString());

        // A meeting still to come does not count as held.
        await world.ScheduleAsync(plenary, DateTimeOffset.UtcNow.AddMonths(1));
        Assert.Equal("NotMet", PlenaryObligation(await OkAsync<JsonElement>(await world.Coordinator.GetAsync(url, Ct))).GetProperty("status").GetString());

        await world.ScheduleAsync(plenary, DateTimeOffset.UtcNow.AddMonths(-2));
        Assert.Equal("Met", PlenaryObligation(await OkAsync<JsonElement>(await world.Coordinator.GetAsync(url, Ct))).GetProperty("status").GetString());
    }
}
