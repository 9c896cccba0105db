using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Contract.ContractWorld;

namespace Coprod.IntegrationTests.Modules.Contract;

public sealed class ContractTests(AppFactory app)
{
    private Task<int> ContractsAsync(Guid partnershipId) => app.WithDbAsync(db => db.Set<LocalContract>().CountAsync(c => c.PartnershipId == partnershipId));

    [Fact]
    public async Task Create_AsCoordinator_ThenEveryMemberReadsIt_IncludingFieldAgents()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        Assert.Equal("Draft", contract.GetProperty("status").GetString());
        Assert.Equal(2, contract.GetProperty("signatories").GetArrayLength());
        Assert.Equal("Ville de Grenoble", contract.GetProperty("signatories")[1].GetProperty("institutionName").GetString());
        Assert.Contains("tranquillité", contract.GetProperty("priorities")[0].GetProperty("tagLabels")[0].GetString());

        var agent = await world.MemberAsync(PartnershipRole.Agent);
        var read = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/{Id(contract)}", Ct));
        Assert.False(read.GetProperty("canManage").GetBoolean());
        var list = await OkAsync<JsonElement>(await world.Partner.GetAsync(world.Base, Ct));
        Assert.Equal(Id(contract), Id(list[0]));
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.Agent)]
    [InlineData(PartnershipRole.President)]
    public async Task Create_AsOtherThanCoordinator_Returns403_AndSavesNothing(PartnershipRole role)
    {
        var world = await ContractWorld.CreateAsync(app);
        var client = await world.MemberAsync(role);
        await ProblemAsync(await client.PostAsJsonAsync(world.Base, world.ContractBody(), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(0, await ContractsAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Update_AsPartner_Returns403()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        await ProblemAsync(await world.Partner.PutAsJsonAsync($"{world.Base}/{Id(contract)}", world.ContractBody(), Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Read_FromAnotherPartnership_Returns403_AndAnonymous401()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var (other, _, outsider) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"{world.Base}/{Id(contract)}", Ct)).StatusCode);
        await ProblemAsync(await outsider.GetAsync($"/api/v1/partnerships/{other.Id}/contracts/{Id(contract)}", Ct), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(world.Base, Ct)).StatusCode);
    }

    [Fact]
    public async Task Taxonomy_ForAnySignedInUser_AndNotAnonymous()
    {
        var user = await app.CreateUserAsync();
        var tags = await OkAsync<JsonElement>(await app.ClientFor(user.Id).GetAsync("/api/v1/contract-taxonomy", Ct));
        Assert.Contains(tags.EnumerateArray(), t => t.GetProperty("legacy").GetBoolean() && t.GetProperty("label").GetString() == "Tranquillité publique");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/contract-taxonomy", Ct)).StatusCode);
    }

    public static TheoryData<string, string> BadContracts => new()
    {
        { """{"kind":"Cls","title":"","startsOn":"2026-01-01","endsOn":"2028-12-31"}""", "title" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01"}""", "endsOn" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01","endsOn":"2025-12-31"}""", "endsOn" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01","endsOn":"2037-01-01"}""", "endsOn" },
        { """{"title":"CLS","startsOn":"2026-01-01","endsOn":"2028-12-31"}""", "kind" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01","endsOn":"2028-12-31","signatories":[{"role":"Prefet","label":"Le préfet"},{"role":"Maire","label":" "}]}""", "signatories[1].label" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01","endsOn":"2028-12-31","signatories":[{"role":"Prefet","label":"Le préfet","signedOn":"2099-01-01"}]}""", "signatories[0].signedOn" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01","endsOn":"2028-12-31","signatories":[{"role":"Prefet","label":"Le préfet","institutionId":"6f1c1b8e-51a5-4c9b-9d3e-0c0b8c2f7a11"}]}""", "signatories[0].institutionId" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01","endsOn":"2028-12-31","priorities":[{"title":"Thème","tags":["inventé"]}]}""", "priorities[0].tags[0]" },
        { """{"kind":"Cls","title":"CLS","startsOn":"2026-01-01","endsOn":"2028-12-31","priorities":[{"title":""}]}""", "priorities[0].title" },
    };

    [Theory]
    [MemberData(nameof(BadContracts))]
    public async Task Create_BadInput_Returns400OnTheField_AndSavesNothing(string json, string field)
    {
        var world = await ContractWorld.CreateAsync(app);
        await ProblemAsync(await world.Coordinator.PostAsync(world.Base, RawJson(json), Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await ContractsAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Update_WithStaleVersion_Returns409()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var body = JsonSerializer.SerializeToNode(world.ContractBody())!;
        body["version"] = Version(contract);
        body["title"] = "CLS révisé";
        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}", body, Ct));
        Assert.Equal("CLS révisé", updated.GetProperty("title").GetString());
        body["title"] = "Autre";
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}", body, Ct), HttpStatusCode.Conflict);
        Assert.Equal("CLS révisé", await app.WithDbAsync(db => db.Set<LocalContract>().Where(c => c.Id == Id(contract)).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task Update_RemovingAThemeWithSheets_Returns400()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        await world.CreateSheetAsync(Id(contract), Priority(contract));
        var body = JsonSerializer.SerializeToNode(world.ContractBody())!;
        body["version"] = Version(contract);
        body["priorities"] = new System.Text.Json.Nodes.JsonArray();
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}", body, Ct), HttpStatusCode.BadRequest, "priorities");
    }

    [Fact]
    public async Task Sign_WithASignatureMissing_Returns422()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync(signedOn: null);
        Assert.False(contract.GetProperty("canSign").GetBoolean());
        var problem = await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sign", new { version = Version(contract) }, Ct),
            (HttpStatusCode)422, "signatories[0].signedOn", "signatories[1].signedOn");
        Assert.Contains("Le préfet de l'Isère", problem.GetProperty("errors").GetProperty("signatories[0].signedOn")[0].GetString());
    }

    [Fact]
    public async Task Sign_AsPartner_Returns403()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        await ProblemAsync(await world.Partner.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sign", new { version = Version(contract) }, Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_WhenAllSigned_MakesVersion1WithItsAdoptedSheets_ThenOnlyTitleDiagnosticAndApproversChange()
    {
        var world = await ContractWorld.CreateAsync(app);
        var contract = await world.CreateContractAsync();
        var sheet = await world.CreateSheetAsync(Id(contract), Priority(contract));
        await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sheets/{Id(sheet)}/adopt", new { version = Version(sheet) }, Ct));
        var signed = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sign", new { version = Version(contract) }, Ct));
        Assert.Equal("Signed", signed.GetProperty("status").GetString());
        Assert.Equal(1, signed.GetProperty("currentVersion").GetInt32());
        var snapshot = await app.WithDbAsync(db => db.Set<ContractVersion>().SingleAsync(v => v.ContractId == Id(contract)));
        Assert.Equal(1, snapshot.Number);
        Assert.Equal("Médiation de nuit au parc", Assert.Single(Coprod.Web.Modules.Contract.Features.ContractSnapshot.Deserialize(snapshot.Snapshot).Sheets).Content.Title);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/{Id(contract)}/sign", new { version = Version(signed) }, Ct), HttpStatusCode.Conflict);

        var body = JsonSerializer.SerializeToNode(signed)!;
        body["title"] = "STSPD de Grenoble 2026-2028";
        body["diagnosticReference"] = "https://example.org/diagnostic-2025.pdf";
        body["signatories"]![0]!["membershipId"] = world.PartnerSeat.Id;
        var renamed = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}", body, Ct));
        Assert.Equal("STSPD de Grenoble 2026-2028", renamed.GetProperty("title").GetString());
        Assert.Equal(world.PartnerSeat.Id, renamed.GetProperty("signatories")[0].GetProperty("membershipId").GetGuid());

        body = JsonSerializer.SerializeToNode(renamed)!;
        body["endsOn"] = "2029-12-31";
        var problem = await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}", body, Ct), HttpStatusCode.Conflict);
        Assert.Contains("par avenant", problem.GetProperty("detail").GetString());
        body = JsonSerializer.SerializeToNode(renamed)!;
        body["priorities"]![1]!["title"] = "Autre thème";
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}", body, Ct), HttpStatusCode.Conflict);
        body = JsonSerializer.SerializeToNode(renamed)!;
        body["signatories"]![1]!["label"] = "Le président de la métropole";
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/{Id(contract)}", body, Ct), HttpStatusCode.Conflict);
        Assert.Equal(new DateOnly(2028, 12, 31), await app.WithDbAsync(db => db.Set<LocalContract>().Where(c => c.Id == Id(contract)).Select(c => c.EndsOn).SingleAsync()));
    }
}
