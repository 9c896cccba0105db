using System.Net;
using System.Net.Http.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features.Commitments;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>CLS-4: commitments written by the coordinator, done and answered by the owing institution, read by every member.</summary>
public sealed class CommitmentTests(AppFactory app)
{
    private static readonly DateOnly Due = new(2027, 2, 1);

    [Fact]
    public async Task Create_AsCoordinator_SavesAndAudits_AndEveryMemberReadsIt()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var created = await w.CreateAsync(Due);
        Assert.Equal("Bailleur social Isère", created.InstitutionName);
        Assert.Equal(CommitmentStatus.Open, created.Status);
        Assert.True(created.CanManage);
        foreach (var client in new[] { w.Agent, w.PoliceClient, w.LandlordClient })
        {
            var read = await OkAsync<CommitmentDto>(await client.GetAsync($"{w.Commitments}/{created.Id}", Ct));
            Assert.Equal(created.Text, read.Text);
        }
        var landlordView = await OkAsync<CommitmentDto>(await w.LandlordClient.GetAsync($"{w.Commitments}/{created.Id}", Ct));
        Assert.True(landlordView.CanAct && landlordView.CanAnswer && !landlordView.CanManage);
        var agentView = await OkAsync<CommitmentDto>(await w.Agent.GetAsync($"{w.Commitments}/{created.Id}", Ct));
        Assert.False(agentView.CanAct || agentView.CanAnswer);
        var policeView = await OkAsync<CommitmentDto>(await w.PoliceClient.GetAsync($"{w.Commitments}/{created.Id}", Ct));
        Assert.False(policeView.CanAct || policeView.CanAnswer);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(a => a.Type == AuditEventType.CommitmentCreated && a.TargetId == created.Id.ToString(), Ct)));
    }

    [Fact]
    public async Task Create_LinkedToAMilestone_TakesItsDueDate()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var milestone = w.Sheet.Milestones[1];
        var response = await w.Coordinator.PostAsJsonAsync(w.Commitments, new
        {
            institutionId = w.Landlord.Id,
            text = "Présenter le premier bilan.",
            contractId = w.Contract.Id,
            sheetId = w.Sheet.Id,
            milestoneId = milestone.Id,
        }, Ct);
        var created = await OkAsync<CommitmentDto>(response, HttpStatusCode.Created);
        Assert.Equal(milestone.DueOn, created.DueOn);
        Assert.Equal(1, created.SheetNumber);
        Assert.Equal("Premier bilan", created.MilestoneLabel);
    }

    [Theory]
    [InlineData("Partenaire")]
    [InlineData("Agent")]
    public async Task Create_AsNonCoordinator_Returns403(string who)
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var client = who == "Agent" ? w.Agent : w.LandlordClient;
        var response = await client.PostAsJsonAsync(w.Commitments, new { institutionId = w.Landlord.Id, text = "Texte.", dueOn = Due }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Create_AnonymousOrOtherPartnership_Refused()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var (_, _, stranger) = await app.MemberAsync(Coprod.Web.Modules.Partnerships.Domain.PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(w.Commitments, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(w.Commitments, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await stranger.PostAsJsonAsync(w.Commitments, new { institutionId = w.Landlord.Id, text = "Texte.", dueOn = Due }, Ct)).StatusCode);
    }

    public static TheoryData<string, string> BadCreations => new()
    {
        { "institutionId", """{"text":"Texte.","dueOn":"2027-02-01"}""" },
        { "institutionId", """{"institutionId":"{other}","text":"Texte.","dueOn":"2027-02-01"}""" },
        { "text", """{"institutionId":"{landlord}","text":"  ","dueOn":"2027-02-01"}""" },
        { "text", """{"institutionId":"{landlord}","text":"{long}","dueOn":"2027-02-01"}""" },
        { "dueOn", """{"institutionId":"{landlord}","text":"Texte."}""" },
        { "dueOn", """{"institutionId":"{landlord}","text":"Texte.","dueOn":"2029-02-01","contractId":"{contract}"}""" },
        { "contractId", """{"institutionId":"{landlord}","text":"Texte.","dueOn":"2027-02-01","contractId":"{other}"}""" },
        { "sheetId", """{"institutionId":"{landlord}","text":"Texte.","dueOn":"2027-02-01","sheetId":"{other}"}""" },
        { "milestoneId", """{"institutionId":"{landlord}","text":"Texte.","sheetId":"{sheet}","milestoneId":"{other}"}""" },
        { "ownerPersonId", """{"institutionId":"{landlord}","text":"Texte.","dueOn":"2027-02-01","ownerPersonId":"{other}"}""" },
    };

    [Theory]
    [MemberData(nameof(BadCreations))]
    public async Task Create_BadField_Returns400_AndSavesNothing(string field, string json)
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var body = json.Replace("{landlord}", w.Landlord.Id.ToString()).Replace("{other}", Guid.NewGuid().ToString())
            .Replace("{contract}", w.Contract.Id.ToString()).Replace("{sheet}", w.Sheet.Id.ToString())
            .Replace("{long}", new string('a', ContractLimits.CommitmentText + 1));
        await ProblemAsync(await w.Coordinator.PostAsync(w.Commitments, RawJson(body), Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Create_WithAPersonsName_Returns422()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var response = await w.Coordinator.PostAsJsonAsync(w.Commitments,
            new { institutionId = w.Landlord.Id, text = "Appeler M. Jean Dupont au 06 12 34 56 78.", dueOn = Due }, Ct);
        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await CountAsync(w));
    }

    [Fact]
    public async Task Update_AsCoordinator_ChangesFields_AndStaleVersion_Returns409()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var created = await w.CreateAsync(Due);
        var url = $"{w.Commitments}/{created.Id}";
        var updated = await OkAsync<CommitmentDto>(await w.Coordinator.PutAsJsonAsync(url,
            new { version = created.Version, institutionId = w.Police.Id, text = "Patrouilles renforcées aux abords.", dueOn = new DateOnly(2027, 3, 1) }, Ct));
        Assert.Equal(w.Police.Id, updated.InstitutionId);
        Assert.Equal(new DateOnly(2027, 3, 1), updated.DueOn);
        var stale = await w.Coordinator.PutAsJsonAsync(url, new { version = created.Version, institutionId = w.Police.Id, text = "Autre.", dueOn = Due }, Ct);
        await ProblemAsync(stale, HttpStatusCode.Conflict);
        var read = await OkAsync<CommitmentDto>(await w.Coordinator.GetAsync(url, Ct));
        Assert.Equal("Patrouilles renforcées aux abords.", read.Text);
    }

    [Fact]
    public async Task Update_BadInput_Returns400_AndNothingChanges()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var created = await w.CreateAsync(Due);
        var url = $"{w.Commitments}/{created.Id}";
        await ProblemAsync(await w.Coordinator.PutAsJsonAsync(url, new { institutionId = w.Landlord.Id, text = "Autre.", dueOn = Due }, Ct),
            HttpStatusCode.BadRequest, "version");
        await ProblemAsync(await w.Coordinator.PutAsJsonAsync(url,
            new { version = created.Version, institutionId = w.Landlord.Id, text = "Autre.", dueOn = Due, status = "Done", doneOn = CommitmentWorld.Today.AddDays(3) }, Ct),
            HttpStatusCode.BadRequest, "doneOn");
        await ProblemAsync(await w.Coordinator.PutAsync(url, RawJson($$"""{"version":"{{created.Version}}","institutionId":"{{w.Landlord.Id}}","text":"Autre.","dueOn":"2027-02-01","status":9}"""), Ct),
            HttpStatusCode.BadRequest, "status");
        var read = await OkAsync<CommitmentDto>(await w.Coordinator.GetAsync(url, Ct));
        Assert.Equal(created.Text, read.Text);
        Assert.Equal(created.Version, read.Version);
    }

    [Fact]
    public async Task Update_AsPartner_Returns403()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var created = await w.CreateAsync(Due);
        var response = await w.LandlordClient.PutAsJsonAsync($"{w.Commitments}/{created.Id}",
            new { version = created.Version, institutionId = w.Landlord.Id, text = "Autre.", dueOn = Due }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Done_ByOwingPartner_Closes_ByOtherInstitutionOrAgent_Returns403()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var created = await w.CreateAsync(Due);
        var url = $"{w.Commitments}/{created.Id}/done";
        Assert.Equal(HttpStatusCode.Forbidden, (await w.PoliceClient.PostAsJsonAsync(url, new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Agent.PostAsJsonAsync(url, new { }, Ct)).StatusCode);
        await ProblemAsync(await w.LandlordClient.PostAsJsonAsync(url, new { doneOn = CommitmentWorld.Today.AddDays(1) }, Ct), HttpStatusCode.BadRequest, "doneOn");
        var done = await OkAsync<CommitmentDto>(await w.LandlordClient.PostAsJsonAsync(url, new { doneOn = CommitmentWorld.Today }, Ct));
        Assert.Equal(CommitmentStatus.Done, done.Status);
        Assert.Equal(CommitmentWorld.Today, done.DoneOn);
        await ProblemAsync(await w.LandlordClient.PostAsJsonAsync(url, new { }, Ct), HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task Done_ByCoordinator_Closes_AndStaleVersion_Returns409()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var created = await w.CreateAsync(Due);
        var url = $"{w.Commitments}/{created.Id}/done";
        await ProblemAsync(await w.Coordinator.PostAsJsonAsync(url, new { version = Guid.NewGuid() }, Ct), HttpStatusCode.Conflict);
        var done = await OkAsync<CommitmentDto>(await w.Coordinator.PostAsJsonAsync(url, new { version = created.Version }, Ct));
        Assert.Equal(CommitmentStatus.Done, done.Status);
    }

    [Fact]
    public async Task Answer_ByOwingPartner_IsKept_CoordinatorReadsIt_OthersRefused()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var created = await w.CreateAsync(Due);
        var url = $"{w.Commitments}/{created.Id}/answers";
        Assert.Equal(HttpStatusCode.Forbidden, (await w.PoliceClient.PostAsJsonAsync(url, new { text = "Nous ne sommes pas concernés." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Agent.PostAsJsonAsync(url, new { text = "Réponse." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await w.Coordinator.PostAsJsonAsync(url, new { text = "Réponse." }, Ct)).StatusCode);
        await ProblemAsync(await w.LandlordClient.PostAsJsonAsync(url, new { text = " " }, Ct), HttpStatusCode.BadRequest, "text");
        await ProblemAsync(await w.LandlordClient.PostAsJsonAsync(url, new { text = new string('a', ContractLimits.AnswerText + 1) }, Ct), HttpStatusCode.BadRequest, "text");
        await ProblemAsync(await w.LandlordClient.PostAsJsonAsync(url, new { text = "Voir avec Mme Claire Martin, 06 12 34 56 78." }, Ct),
            HttpStatusCode.UnprocessableEntity);
        await OkAsync<CommitmentDto>(await w.LandlordClient.PostAsJsonAsync(url, new { text = "Éclairage commandé, pose prévue en mars." }, Ct),
            HttpStatusCode.Created);
        await OkAsync<CommitmentDto>(await w.LandlordClient.PostAsJsonAsync(url, new { text = "Pose terminée dans deux halls sur trois." }, Ct),
            HttpStatusCode.Created);
        var read = await OkAsync<CommitmentDto>(await w.Coordinator.GetAsync($"{w.Commitments}/{created.Id}", Ct));
        Assert.Equal(["Éclairage commandé, pose prévue en mars.", "Pose terminée dans deux halls sur trois."], read.Answers.Select(a => a.Text));
        Assert.All(read.Answers, a => Assert.Equal("Bailleur social Isère", a.InstitutionName));
    }

    [Fact]
    public async Task List_FiltersAndSortsLateFirst()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var future = await w.CreateAsync(Due);
        var late = await w.CreateAsync(CommitmentWorld.Today.AddDays(-10));
        var police = await w.CreateAsync(Due.AddDays(5), w.Police.Id);
        var all = await OkAsync<List<CommitmentDto>>(await w.Agent.GetAsync(w.Commitments, Ct));
        Assert.Equal([late.Id, future.Id, police.Id], all.Select(c => c.Id));
        Assert.Equal(10, all[0].DaysLate);
        Assert.Equal([late.Id], (await OkAsync<List<CommitmentDto>>(await w.Agent.GetAsync($"{w.Commitments}?late=true", Ct))).Select(c => c.Id));
        Assert.Equal([police.Id],
            (await OkAsync<List<CommitmentDto>>(await w.Agent.GetAsync($"{w.Commitments}?institution={w.Police.Id}", Ct))).Select(c => c.Id));
        Assert.Equal([late.Id, future.Id],
            (await OkAsync<List<CommitmentDto>>(await w.LandlordClient.GetAsync($"{w.Commitments}?mine=true", Ct))).Select(c => c.Id));
        Assert.Empty(await OkAsync<List<CommitmentDto>>(await w.Agent.GetAsync($"{w.Commitments}?mine=true", Ct)));
        Assert.Empty(await OkAsync<List<CommitmentDto>>(await w.Agent.GetAsync($"{w.Commitments}?status=Done", Ct)));
        Assert.Empty(await OkAsync<List<CommitmentDto>>(await w.Agent.GetAsync($"{w.Commitments}?sheet={w.Sheet.Id}", Ct)));
    }

    [Fact]
    public async Task FromSheet_CreatesOnePerUncoveredMilestone_OwedByThePilot_Once()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        var url = $"{w.Base}/contracts/{w.Contract.Id}/sheets/{w.Sheet.Id}/commitments";
        Assert.Equal(HttpStatusCode.Forbidden, (await w.LandlordClient.PostAsync(url, RawJson("{}"), Ct)).StatusCode);
        var created = await OkAsync<List<CommitmentDto>>(await w.Coordinator.PostAsync(url, RawJson("{}"), Ct));
        Assert.Equal(2, created.Count);
        Assert.All(created, c => Assert.Equal(w.Landlord.Id, c.InstitutionId));
        Assert.Equal(w.Sheet.Milestones.Select(m => m.DueOn).Order(), created.Select(c => c.DueOn).Order());
        Assert.Empty(await OkAsync<List<CommitmentDto>>(await w.Coordinator.PostAsync(url, RawJson("{}"), Ct)));
        Assert.Equal(2, (await OkAsync<List<CommitmentDto>>(await w.Agent.GetAsync($"{w.Commitments}?sheet={w.Sheet.Id}", Ct))).Count);
    }

    [Fact]
    public async Task FromSheet_WithoutPilot_Returns400()
    {
        var w = await CommitmentWorld.CreateAsync(app);
        await app.WithDbAsync(db => db.Set<ActionSheet>().Where(s => s.Id == w.Sheet.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.PilotInstitutionId, (Guid?)null), Ct));
        var url = $"{w.Base}/contracts/{w.Contract.Id}/sheets/{w.Sheet.Id}/commitments";
        await ProblemAsync(await w.Coordinator.PostAsync(url, RawJson("{}"), Ct), HttpStatusCode.BadRequest, "pilotInstitutionId");
        Assert.Equal(0, await CountAsync(w));
    }

    private Task<int> CountAsync(CommitmentWorld w) => app.WithDbAsync(db => db.Set<Commitment>().CountAsync(c => c.PartnershipId == w.Partnership.Id, Ct));
}
