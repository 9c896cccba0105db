using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>CLS-5: amendments — proposed by the coordinator, approved by every signatory, then in force as a new version; history kept.</summary>
public sealed class AmendmentTests(AppFactory app)
{
    private static Task<int> CountAsync(AmendmentWorld w) =>
        w.App.WithDbAsync(db => db.Set<Amendment>().CountAsync(a => a.ContractId == w.Contract.Id, Ct));

    [Fact]
    public async Task Propose_AsCoordinator_ShowsTheDiffFieldByField_WithNames()
    {
        var w = await AmendmentWorld.CreateAsync(app);

        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));

        Assert.Equal("Open", amendment.GetProperty("status").GetString());
        Assert.Equal(1, amendment.GetProperty("baseVersion").GetInt32());
        var sheet = amendment.GetProperty("sheets").EnumerateArray().Single();
        Assert.Equal("Changed", sheet.GetProperty("kind").GetString());
        Assert.Equal(1, sheet.GetProperty("number").GetInt32());
        var fields = sheet.GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal(["indicators", "objective"], fields.Keys.Order());
        Assert.Equal("Réduire de 20 % les dégradations dans les halls", fields["objective"].GetProperty("before").GetString());
        Assert.Equal("Réduire de 30 % les dégradations dans les halls", fields["objective"].GetProperty("after").GetString());
        Assert.Contains("cible 96", fields["indicators"].GetProperty("before").GetString());
        Assert.Contains("cible 84", fields["indicators"].GetProperty("after").GetString());
        Assert.Equal(2, amendment.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Propose_AsPartnerOrPresident_Returns403_AndSavesNothing()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var body = AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() });

        Assert.Equal(HttpStatusCode.Forbidden, (await w.Partner.PostAsJsonAsync(w.Base, body, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.President.PostAsJsonAsync(w.Base, body, Ct)).StatusCode);
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Propose_OnADraftContract_Returns409()
    {
        var w = await AmendmentWorld.CreateAsync(app, signed: false);

        var response = await w.Coordinator.PostAsJsonAsync(w.Base, AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }), Ct);

        await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Propose_WhileAnotherIsOpen_Returns409()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));

        var response = await w.Coordinator.PostAsJsonAsync(w.Base, AmendmentWorld.Amendment(new { sheetId = w.Sheet2.Id, abandon = true }), Ct);

        await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(1, await CountAsync(w));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "no-title", "title" },
        { "no-change", "changes" },
        { "unknown-sheet", "changes[0].sheetId" },
        { "draft-sheet", "changes[0].sheetId" },
        { "twice", "changes[1].sheetId" },
        { "abandon-nothing", "changes[0].sheetId" },
        { "no-content", "changes[0].content" },
        { "incomplete", "changes[0].content" },
        { "no-unit", "changes[0].content.indicators[0].unit" },
        { "milestone-outside", "changes[0].content.milestones[0].dueOn" },
        { "funding-mismatch", "changes[0].content.funding" },
        { "ends-before-start", "endsOn" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Propose_WithBadInput_Returns400OnTheField_AndSavesNothing(string bad, string field)
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var changed = w.Sheet1Changed();
        object body = bad switch
        {
            "no-title" => new { title = "", reason = "r", changes = new[] { new { sheetId = w.Sheet1.Id, content = changed } } },
            "no-change" => new { title = "t", reason = "r", changes = Array.Empty<object>() },
            "unknown-sheet" => AmendmentWorld.Amendment(new { sheetId = Guid.NewGuid(), content = changed }),
            "draft-sheet" => AmendmentWorld.Amendment(new { sheetId = w.Draft.Id, content = changed }),
            "twice" => AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = changed }, new { sheetId = w.Sheet1.Id, abandon = true }),
            "abandon-nothing" => AmendmentWorld.Amendment(new { abandon = true }),
            "no-content" => AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id }),
            "incomplete" => AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = changed with { Indicators = [] } }),
            "no-unit" => AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = changed with { Indicators = [changed.Indicators![0] with { Unit = "" }] } }),
            "milestone-outside" => AmendmentWorld.Amendment(new
            {
                sheetId = w.Sheet1.Id,
                content = changed with { Milestones = [changed.Milestones![0] with { DueOn = new DateOnly(2030, 1, 1) }] },
            }),
            "funding-mismatch" => AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = changed with { Cost = 50000m } }),
            _ => new { title = "t", reason = "r", endsOn = new DateOnly(2025, 1, 1), changes = Array.Empty<object>() },
        };

        var response = await w.Coordinator.PostAsJsonAsync(w.Base, body, Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Decide_ByEverySignatory_PutsTheNewVersionInForce_KeepingTheOldOne()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(
            new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() },
            new { sheetId = w.Sheet2.Id, abandon = true },
            new { content = AmendmentWorld.Content(w.Sheet1.PriorityId, w.Police.Id, w.Landlord.Id, "Former 40 gardiens à la médiation d'ici 2027") }));
        var url = $"{w.Base}/{amendment.GetProperty("id").GetGuid()}";

        var first = await OkAsync<JsonElement>(await w.President.PostAsJsonAsync($"{url}/approvals", new { approve = true, comment = "D'accord." }, Ct));
        Assert.Equal("Open", first.GetProperty("status").GetString());
        Assert.Equal(1, first.GetProperty("pending").GetInt32());
        var last = await OkAsync<JsonElement>(await w.Etat.PostAsJsonAsync($"{url}/approvals", new { approve = true }, Ct));

        Assert.Equal("Approved", last.GetProperty("status").GetString());
        await w.App.WithDbAsync(async db =>
        {
            var contract = await db.Set<LocalContract>().SingleAsync(c => c.Id == w.Contract.Id, Ct);
            Assert.Equal(2, contract.CurrentVersion);
            var sheets = await db.Set<ActionSheet>().Include(s => s.Milestones).Include(s => s.Indicators).Where(s => s.ContractId == w.Contract.Id)
                .OrderBy(s => s.Number).ToListAsync(Ct);
            Assert.Equal("Réduire de 30 % les dégradations dans les halls", sheets[0].Objective);
            Assert.Equal(new DateOnly(2026, 3, 1), sheets[0].Milestones.Single().DoneOn);
            Assert.Equal(w.Sheet1.Indicators[0].Id, sheets[0].Indicators.Single().Id);
            Assert.Equal(84m, sheets[0].Indicators.Single().Target);
            Assert.Equal(1, await db.Set<IndicatorValue>().CountAsync(v => v.IndicatorId == w.Sheet1.Indicators[0].Id, Ct));
            Assert.Equal(SheetStatus.Abandoned, sheets[1].Status);
            Assert.Equal((4, SheetStatus.Adopted), (sheets[3].Number, sheets[3].Status));
            var versions = await db.Set<ContractVersion>().Where(v => v.ContractId == w.Contract.Id).OrderBy(v => v.Number).ToListAsync(Ct);
            Assert.Equal([1, 2], versions.Select(v => v.Number));
            Assert.Contains("20 %", versions[0].Snapshot);
            Assert.Contains("30 %", versions[1].Snapshot);
        });
    }

    [Fact]
    public async Task Decide_ByARefusal_ClosesTheAmendment_AndChangesNoSheet()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));
        var url = $"{w.Base}/{amendment.GetProperty("id").GetGuid()}";

        var refused = await OkAsync<JsonElement>(await w.Etat.PostAsJsonAsync($"{url}/approvals", new { approve = false, comment = "Cible trop basse." }, Ct));

        Assert.Equal("Refused", refused.GetProperty("status").GetString());
        await ProblemAsync(await w.President.PostAsJsonAsync($"{url}/approvals", new { approve = true }, Ct), HttpStatusCode.Conflict);
        var objective = await w.App.WithDbAsync(db => db.Set<ActionSheet>().Where(s => s.Id == w.Sheet1.Id).Select(s => s.Objective).SingleAsync(Ct));
        Assert.Equal("Réduire de 20 % les dégradations dans les halls", objective);
    }

    [Fact]
    public async Task Decide_ByANonSignatory_Returns403_EvenTheCoordinator()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));
        var url = $"{w.Base}/{amendment.GetProperty("id").GetGuid()}/approvals";

        await ProblemAsync(await w.Coordinator.PostAsJsonAsync(url, new { approve = true }, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await w.Parquet.PostAsJsonAsync(url, new { approve = true }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Agent.PostAsJsonAsync(url, new { approve = true }, Ct)).StatusCode);
        var id = amendment.GetProperty("id").GetGuid();
        Assert.Equal(0, await w.App.WithDbAsync(db => db.Set<AmendmentApproval>().CountAsync(a => a.AmendmentId == id, Ct)));
    }

    [Fact]
    public async Task Decide_Twice_Returns409_AndWithoutAChoice_Returns400()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));
        var url = $"{w.Base}/{amendment.GetProperty("id").GetGuid()}/approvals";

        await ProblemAsync(await w.President.PostAsJsonAsync(url, new { comment = "?" }, Ct), HttpStatusCode.BadRequest, "approve");
        await OkAsync<JsonElement>(await w.President.PostAsJsonAsync(url, new { approve = true }, Ct));
        await ProblemAsync(await w.President.PostAsJsonAsync(url, new { approve = true }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Update_AfterAFirstDecision_Returns409_AndWhenStale_Returns409()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));
        var url = $"{w.Base}/{amendment.GetProperty("id").GetGuid()}";
        var version = amendment.GetProperty("version").GetGuid();

        var updated = await OkAsync<JsonElement>(await w.Coordinator.PutAsJsonAsync(url, new
        {
            title = "Avenant n° 1 (révisé)",
            reason = "Bilan de la première année.",
            version,
            changes = new[] { new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed(target: 90m) } },
        }, Ct));
        Assert.Equal("Avenant n° 1 (révisé)", updated.GetProperty("title").GetString());
        await ProblemAsync(await w.Coordinator.PutAsJsonAsync(url, new
        {
            title = "Encore",
            reason = "r",
            version,
            changes = new[] { new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() } },
        }, Ct), HttpStatusCode.Conflict);
        await OkAsync<JsonElement>(await w.President.PostAsJsonAsync($"{url}/approvals", new { approve = true }, Ct));
        await ProblemAsync(await w.Coordinator.PutAsJsonAsync(url, new
        {
            title = "Encore",
            reason = "r",
            version = updated.GetProperty("version").GetGuid(),
            changes = new[] { new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() } },
        }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Withdraw_AsCoordinator_KeepsItInTheHistory_AsPartner_Returns403()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));
        var url = $"{w.Base}/{amendment.GetProperty("id").GetGuid()}/withdraw?version={amendment.GetProperty("version").GetGuid()}";

        Assert.Equal(HttpStatusCode.Forbidden, (await w.Partner.PostAsync(url, null, Ct)).StatusCode);
        var withdrawn = await OkAsync<JsonElement>(await w.Coordinator.PostAsync(url, null, Ct));

        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        var list = await OkAsync<JsonElement>(await w.Agent.GetAsync(w.Base, Ct));
        Assert.Equal("Withdrawn", list.EnumerateArray().Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task Read_AsFieldAgent_ListsAndShows_AsAnotherPartnership_Returns403_Anonymous401()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));
        var url = $"{w.Base}/{amendment.GetProperty("id").GetGuid()}";
        var (_, _, stranger) = await app.MemberAsync(Coprod.Web.Modules.Partnerships.Domain.PartnershipRole.Coordinateur);

        var read = await OkAsync<JsonElement>(await w.Agent.GetAsync(url, Ct));
        Assert.False(read.GetProperty("canEdit").GetBoolean());
        Assert.Empty(read.GetProperty("decidesFor").EnumerateArray());
        var mayor = await OkAsync<JsonElement>(await w.President.GetAsync(w.Base, Ct));
        Assert.True(mayor.EnumerateArray().Single().GetProperty("awaitsMe").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(w.Base, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(w.Base, Ct)).StatusCode);
    }

    [Fact]
    public async Task Read_AnAmendmentOfAnotherContract_Returns404()
    {
        var w = await AmendmentWorld.CreateAsync(app);
        var amendment = await w.ProposeOkAsync(AmendmentWorld.Amendment(new { sheetId = w.Sheet1.Id, content = w.Sheet1Changed() }));

        var response = await w.Agent.GetAsync($"/api/v1/partnerships/{w.Partnership.Id}/contracts/{Guid.NewGuid()}/amendments/{amendment.GetProperty("id").GetGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
