using System.Net;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Evaluation;

/// <summary>EVAL-1: the technical follow-up group's dashboard, read by every member.</summary>
public sealed class DashboardTests(AppFactory app)
{
    [Fact]
    public async Task Dashboard_AsCoordinator_ShowsTheContract_TheIndicators_TheCommitmentsAndWhoMustAnswer()
    {
        var world = await EvaluationWorld.CreateAsync(app);

        var dashboard = await OkAsync<JsonElement>(await world.Coordinator.GetAsync(world.Url("dashboard"), Ct));

        var contract = dashboard.GetProperty("contract");
        Assert.Equal((world.Contract.Id, "Stspd", 1), (contract.GetProperty("id").GetGuid(), contract.GetProperty("kind").GetString(), contract.GetProperty("version").GetInt32()));
        Assert.Equal((2, 1), (contract.GetProperty("sheetsAdopted").GetInt32(), contract.GetProperty("sheetsDraft").GetInt32()));
        Assert.InRange(contract.GetProperty("elapsed").GetDouble(), 0.45, 0.55);

        var themes = dashboard.GetProperty("themes").EnumerateArray().ToList();
        Assert.Equal(["Tranquillité publique", "Prévention de la délinquance des mineurs"], themes.Select(t => t.GetProperty("title").GetString()));
        var behind = themes[0].GetProperty("sheets")[0];
        Assert.Equal(("Police municipale", 1), (behind.GetProperty("pilot").GetString(), behind.GetProperty("number").GetInt32()));
        var result = behind.GetProperty("results")[0].GetProperty("figures");
        Assert.Equal((96m, "Late", true), (result.GetProperty("latest").GetDecimal(), result.GetProperty("status").GetString(), result.GetProperty("decreasing").GetBoolean()));
        Assert.Equal(0.1, result.GetProperty("progress").GetDouble(), 6);
        Assert.Equal([99m, 96m], result.GetProperty("series").EnumerateArray().Select(p => p.GetProperty("value").GetDecimal()));
        Assert.Equal("OnTrack", behind.GetProperty("execution")[0].GetProperty("figures").GetProperty("status").GetString());
        Assert.Equal("OnTrack", themes[1].GetProperty("sheets")[0].GetProperty("results")[0].GetProperty("figures").GetProperty("status").GetString());

        var partners = dashboard.GetProperty("commitments").EnumerateArray().ToList();
        Assert.Equal([world.Police.Id, world.Mairie.Id, world.Bailleur.Id], partners.Select(p => p.GetProperty("institutionId").GetGuid()));
        Assert.Equal((1, 0, 1, 0.0), (partners[0].GetProperty("dueSoFar").GetInt32(), partners[0].GetProperty("keptOnTime").GetInt32(),
            partners[0].GetProperty("lateOpen").GetInt32(), partners[0].GetProperty("rate").GetDouble()));
        Assert.Equal((2, 1, 1, 0.5), (partners[1].GetProperty("dueSoFar").GetInt32(), partners[1].GetProperty("keptOnTime").GetInt32(),
            partners[1].GetProperty("keptLate").GetInt32(), partners[1].GetProperty("rate").GetDouble()));
        Assert.Equal(JsonValueKind.Null, partners[2].GetProperty("rate").ValueKind);

        var late = Assert.Single(dashboard.GetProperty("late").EnumerateArray());
        Assert.Equal((world.Late.Id, "Police municipale", 30, 1, false), (late.GetProperty("commitmentId").GetGuid(), late.GetProperty("institution").GetString(),
            late.GetProperty("daysLate").GetInt32(), late.GetProperty("sheetNumber").GetInt32(), late.GetProperty("answered").GetBoolean()));
        Assert.NotEqual(JsonValueKind.Null, late.GetProperty("formalReminderSentAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, late.GetProperty("plenaryListedAt").ValueKind);

        Assert.Equal(0.5, dashboard.GetProperty("health").GetProperty("attendanceRate").GetDouble());
    }

    [Fact]
    public async Task Dashboard_ByTheme_KeepsItsSheetsAndTheirCommitments()
    {
        var world = await EvaluationWorld.CreateAsync(app);

        var dashboard = await OkAsync<JsonElement>(await world.Coordinator.GetAsync(world.Url($"dashboard?priorityId={world.Prevention.Id}"), Ct));

        var theme = Assert.Single(dashboard.GetProperty("themes").EnumerateArray());
        Assert.Equal(world.OnTrack.Id, Assert.Single(theme.GetProperty("sheets").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(world.Mairie.Id, Assert.Single(dashboard.GetProperty("commitments").EnumerateArray()).GetProperty("institutionId").GetGuid());
        Assert.Empty(dashboard.GetProperty("late").EnumerateArray());
    }

    [Fact]
    public async Task Dashboard_ByCommune_KeepsItsSheetsAndThoseOfTheWholeTerritory()
    {
        var world = await EvaluationWorld.CreateAsync(app);

        var dashboard = await OkAsync<JsonElement>(await world.Coordinator.GetAsync(world.Url("dashboard?commune=38185"), Ct));

        var numbers = dashboard.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("sheets").EnumerateArray())
            .Select(s => s.GetProperty("number").GetInt32()).Order();
        Assert.Equal([2, 3], numbers);
        Assert.Equal("38185", dashboard.GetProperty("commune").GetString());
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.Agent)]
    public async Task Dashboard_AsPartnerOrFieldAgent_IsReadable(PartnershipRole role)
    {
        var world = await EvaluationWorld.CreateAsync(app);
        var client = await world.MemberAsync(role, world.Mairie.Id);

        var dashboard = await OkAsync<JsonElement>(await client.GetAsync(world.Url("dashboard"), Ct));

        Assert.Equal(world.Contract.Id, dashboard.GetProperty("contract").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Dashboard_WithoutAnyContract_ShowsTheHealthAndNoContract()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);

        var dashboard = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/dashboard", Ct));

        Assert.Equal(JsonValueKind.Null, dashboard.GetProperty("contract").ValueKind);
        Assert.Empty(dashboard.GetProperty("themes").EnumerateArray());
        Assert.Equal(JsonValueKind.Object, dashboard.GetProperty("health").ValueKind);
    }

    [Fact]
    public async Task Dashboard_BadFilters_Are400_AndAnUnknownContract404()
    {
        var world = await EvaluationWorld.CreateAsync(app);
        var other = await EvaluationWorld.CreateAsync(app);

        await ProblemAsync(await world.Coordinator.GetAsync(world.Url("dashboard?commune=75056"), Ct), HttpStatusCode.BadRequest, "commune");
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url($"dashboard?priorityId={other.Prevention.Id}"), Ct), HttpStatusCode.BadRequest, "priorityId");
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url("dashboard?contractId=abc"), Ct), HttpStatusCode.BadRequest, "contractId");
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url($"dashboard?contractId={other.Contract.Id}"), Ct), HttpStatusCode.NotFound);
        await ProblemAsync(await world.Coordinator.GetAsync(world.Url($"dashboard?contractId={Guid.NewGuid()}"), Ct), HttpStatusCode.NotFound);
    }
}
