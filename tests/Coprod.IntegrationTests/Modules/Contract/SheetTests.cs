using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Contract.ContractWorld;

namespace Coprod.IntegrationTests.Modules.Contract;

public sealed class SheetTests(AppFactory app)
{
    private Task<int> SheetsAsync(Guid contractId) => app.WithDbAsync(db => db.Set<ActionSheet>().CountAsync(s => s.ContractId == contractId));

    private static JsonNode Edit(JsonElement sheet) => JsonSerializer.SerializeToNode(sheet)!;

    [Fact]
    public async Task Create_AsCoordinator_NumbersThem_AndListsThemByTheme()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var first = await world.CreateSheetAsync(Id(contract), Priority(contract, 1), title: "Permanence VIF");
        var second = await world.CreateSheetAsync(Id(contract), Priority(contract, 0));
        var third = await world.CreateSheetAsync(Id(contract), Priority(contract, 0), complete: false, title: "Présence renforcée");
        Assert.Equal([1, 2, 3], new[] { first, second, third }.Select(s => s.GetProperty("number").GetInt32()));

        var themes = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/{Id(contract)}/sheets", Ct));
        Assert.Equal("Tranquillité publique", themes[0].GetProperty("title").GetString());
        Assert.Equal([2, 3], themes[0].GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal(1, themes[0].GetProperty("completeSheets").GetInt32());
        Assert.Equal(1, themes[0].GetProperty("singleInstitutionSheets").GetInt32());
        Assert.Equal([1], themes[1].GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("number").GetInt32()));
        var read = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/{Id(contract)}", Ct));
        Assert.Equal(2, read.GetProperty("priorities")[0].GetProperty("sheets").GetInt32());
        Assert.Equal(2, read.GetProperty("completeSheets").GetInt32());
    }

    [Fact]
    public async Task PartnerCannotCreateOrEdit_AgentReadsTheSheetAndItsQuality()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract), complete: false);
        await ProblemAsync(await world.Partner.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets", world.SheetBody(Priority(contract)), Ct), HttpStatusCode.Forbidden);
        var body = Edit(sheet);
        body["title"] = "Titre du partenaire";
        await ProblemAsync(await world.Partner.PutAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}", body, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Partner.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/adopt", new { version = Version(sheet) }, Ct),
            HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Partner.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/status", new { status = "Abandoned", version = Version(sheet) }, Ct),
            HttpStatusCode.Forbidden);
        Assert.Equal(1, await SheetsAsync(Id(contract)));

        var agent = await world.MemberAsync(PartnershipRole.Agent);
        var read = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}", Ct));
        Assert.Equal("Médiation de nuit au parc", read.GetProperty("title").GetString());
        var quality = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/quality", Ct));
        Assert.False(quality.GetProperty("complete").GetBoolean());
        var vague = quality.GetProperty("missing").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "objective_vague");
        Assert.Equal("objective", vague.GetProperty("field").GetString());
        Assert.Contains("« Renforcer »", vague.GetProperty("message").GetString());
        Assert.Contains(quality.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "single_institution");
    }

    [Fact]
    public async Task Read_FromAnotherPartnership_Returns403_AndAnonymous401()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract));
        var (_, _, outsider) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var url = $"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}";
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(url + "/quality", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url, Ct)).StatusCode);
    }

    /// <summary>Each hard rule of CLS-2, as a change to a valid sheet and the field it must name.</summary>
    public static TheoryData<string, string> BadSheets => new()
    {
        { "title=", "title" },
        { "priority=other", "priorityId" },
        { "commune=75056", "communes[0]" },
        { "area=unknown", "areaIds[0]" },
        { "pilot=unknown", "pilotInstitutionId" },
        { "copartner=unknown", "coPartnerIds[0]" },
        { "cost=-1", "cost" },
        { "funding=0", "funding[0].amount" },
        { "funding-sum", "funding" },
        { "milestone-label", "milestones[0].label" },
        { "milestone-outside", "milestones[0].dueOn" },
        { "indicator-unit", "indicators[0].unit" },
        { "indicator-kind", "indicators[0].kind" },
        { "indicator-frequency", "indicators[0].frequency" },
        { "indicator-negative", "indicators[0].baseline" },
        { "indicator-equal", "indicators[0].target" },
        { "indicator-percent", "indicators[0].target" },
        { "indicator-category", "indicators[0].eventCategoryCode" },
        { "tag", "tags[0]" },
        { "title-long", "title" },
    };

    private static JsonNode Break(JsonNode body, string change)
    {
        var indicator = body["indicators"]![0]!;
        switch (change)
        {
            case "title=": body["title"] = ""; break;
            case "priority=other": body["priorityId"] = Guid.NewGuid(); break;
            case "commune=75056": body["communes"] = new JsonArray("75056"); break;
            case "area=unknown": body["areaIds"] = new JsonArray(Guid.NewGuid()); break;
            case "pilot=unknown": body["pilotInstitutionId"] = Guid.NewGuid(); break;
            case "copartner=unknown": body["coPartnerIds"] = new JsonArray(Guid.NewGuid()); break;
            case "cost=-1": body["cost"] = -1; body["funding"] = new JsonArray(); break;
            case "funding=0": body["funding"]![0]!["amount"] = 0; break;
            case "funding-sum": body["cost"] = 15000; break;
            case "milestone-label": body["milestones"]![0]!["label"] = " "; break;
            case "milestone-outside": body["milestones"]![0]!["dueOn"] = "2030-01-01"; break;
            case "indicator-unit": indicator["unit"] = ""; break;
            case "indicator-kind": indicator.AsObject().Remove("kind"); break;
            case "indicator-frequency": indicator.AsObject().Remove("frequency"); break;
            case "indicator-negative": indicator["baseline"] = -3; break;
            case "indicator-equal": indicator["target"] = 120; break;
            case "indicator-percent": indicator["unit"] = "%"; indicator["baseline"] = 50; indicator["target"] = 150; break;
            case "indicator-category": indicator["computation"] = "EventCount"; indicator["eventCategoryCode"] = "inconnue"; break;
            case "tag": body["tags"] = new JsonArray("inventé"); break;
            case "title-long": body["title"] = new string('t', ContractLimits.Title + 1); break;
        }
        return body;
    }

    [Theory]
    [MemberData(nameof(BadSheets))]
    public async Task Create_BadInput_Returns400OnTheField_AndSavesNothing(string change, string field)
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var body = Break(JsonSerializer.SerializeToNode(world.SheetBody(Priority(contract)))!, change);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets", body, Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await SheetsAsync(Id(contract)));
    }

    [Fact]
    public async Task Update_BadInput_Returns400_AndChangesNothing()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract));
        var body = Break(Edit(sheet), "funding-sum");
        body["title"] = "Changé";
        var problem = await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}", body, Ct), HttpStatusCode.BadRequest, "funding");
        Assert.Contains("3", problem.GetProperty("errors").GetProperty("funding")[0].GetString());
        Assert.Equal("Médiation de nuit au parc", await app.WithDbAsync(db => db.Set<ActionSheet>().Where(s => s.Id == Id(sheet)).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public async Task Update_WithStaleVersion_Returns409_AndKeepsTheFirstEdit()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract));
        var first = Edit(sheet);
        first["title"] = "Première modification";
        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}", first, Ct));
        Assert.Equal(sheet.GetProperty("milestones")[0].GetProperty("id").GetGuid(), updated.GetProperty("milestones")[0].GetProperty("id").GetGuid());
        var second = Edit(sheet);
        second["title"] = "Seconde modification";
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}", second, Ct), HttpStatusCode.Conflict);
        Assert.Equal("Première modification", await app.WithDbAsync(db => db.Set<ActionSheet>().Where(s => s.Id == Id(sheet)).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public async Task Adopt_Incomplete_Returns422ListingWhatIsMissing_ThenOnceFixedItIsAdopted()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract), complete: false);
        var problem = await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/adopt", new { version = Version(sheet) }, Ct),
            (HttpStatusCode)422, "objective", "milestones", "cost", "indicators");
        Assert.Contains(problem.GetProperty("missing").EnumerateArray(), m => m.GetProperty("code").GetString() == "result_indicator_missing");
        Assert.Equal(SheetStatus.Draft, await app.WithDbAsync(db => db.Set<ActionSheet>().Where(s => s.Id == Id(sheet)).Select(s => s.Status).SingleAsync()));

        var fixedBody = JsonSerializer.SerializeToNode(world.SheetBody(Priority(contract)))!;
        fixedBody["version"] = Version(sheet);
        var fixedSheet = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}", fixedBody, Ct));
        Assert.True(fixedSheet.GetProperty("quality").GetProperty("complete").GetBoolean());
        var adopted = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/adopt",
            new { version = Version(fixedSheet) }, Ct));
        Assert.Equal("Adopted", adopted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SignedContract_AdoptedSheetChangesByAmendmentOnly_DraftSheetsStayFree()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract));
        var draft = await world.CreateSheetAsync(Id(contract), Priority(contract), title: "Fiche en projet");
        var adopted = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/adopt", new { version = Version(sheet) }, Ct));
        await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sign", new { version = Version(contract) }, Ct));

        var body = Edit(adopted);
        body["title"] = "Changée sans avenant";
        var problem = await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}", body, Ct), HttpStatusCode.Conflict);
        Assert.Equal("Cette fiche est adoptée : modifiez-la par avenant.", problem.GetProperty("detail").GetString());
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/status", new { status = "Abandoned", version = Version(adopted) }, Ct),
            HttpStatusCode.Conflict);
        var completed = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/status",
            new { status = "Completed", version = Version(adopted) }, Ct));
        Assert.Equal("Completed", completed.GetProperty("status").GetString());

        var draftBody = Edit(draft);
        draftBody["title"] = "Fiche en projet, précisée";
        Assert.Equal("Fiche en projet, précisée", (await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(draft)}", draftBody, Ct)))
            .GetProperty("title").GetString());
    }

    [Fact]
    public async Task ChangeStatus_BadStatus_Returns400_AndDraftCannotBeCompleted()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract));
        var url = $"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/status";
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(url, new { status = "Adopted", version = Version(sheet) }, Ct), HttpStatusCode.BadRequest, "status");
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(url, new { status = "Completed", version = Version(sheet) }, Ct), HttpStatusCode.Conflict);
        var abandoned = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(url, new { status = "Abandoned", version = Version(sheet) }, Ct));
        Assert.Equal("Abandoned", abandoned.GetProperty("status").GetString());
    }
}
