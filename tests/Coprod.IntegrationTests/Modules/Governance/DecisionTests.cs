using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Governance;

/// <summary>GOV-3: the decisions register, its late decisions, carry-over to the next meeting and hand-over.</summary>
public sealed class DecisionTests(AppFactory app)
{
    // No test clock here: due dates far in the past are late, far in the future are not.
    private const string LongAgo = "2020-01-15";
    private const string FarAhead = "2040-06-30";

    private static object NewDecision(Guid institutionId, string? dueOn = FarAhead, string text = "Renforcer l'éclairage du parking Nord", Guid? personId = null) =>
        new { text, ownerInstitutionId = institutionId, ownerPersonId = personId, dueOn };

    private static async Task<(GovernanceWorld World, Guid MeetingId)> MeetingAsync(AppFactory app, string kind = "ThematicGroup")
    {
        var world = await GovernanceWorld.CreateAsync(app, 2);
        var body = await world.CreateBodyAsync(kind, "Groupe tranquillité");
        var meeting = await world.ScheduleAsync(body.GetProperty("id").GetGuid(), new DateTimeOffset(2025, 3, 10, 14, 0, 0, TimeSpan.FromHours(1)));
        return (world, meeting.GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> RecordAsync(GovernanceWorld world, Guid meetingId, object decision, HttpClient? client = null) =>
        await OkAsync<JsonElement>(await (client ?? world.Coordinator).PostAsJsonAsync($"{world.Base}/meetings/{meetingId}/decisions", decision, Ct), HttpStatusCode.Created);

    [Fact]
    public async Task Record_AsCoordinator_ListsItWithTheOwnerName_ForEveryMember_AndOnTheMeeting()
    {
        var (world, meetingId) = await MeetingAsync(app);
        var owner = world.Institutions[0];
        var created = await RecordAsync(world, meetingId, NewDecision(owner.Id));
        Assert.Equal(owner.Name, created.GetProperty("ownerInstitutionName").GetString());
        Assert.Equal("Open", created.GetProperty("status").GetString());
        Assert.False(created.GetProperty("late").GetBoolean());

        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        var list = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/decisions", Ct));
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal("Renforcer l'éclairage du parking Nord", item.GetProperty("text").GetString());
        Assert.False(item.GetProperty("canManage").GetBoolean());

        var meeting = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/meetings/{meetingId}", Ct));
        Assert.Equal(created.GetProperty("id").GetGuid(), Assert.Single(meeting.GetProperty("decisions").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty(meeting.GetProperty("followUp").EnumerateArray());
        Assert.Single(await AuditAsync(world.Partnership.Id, AuditEventType.GovernanceDecisionRecorded));
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.President)]
    [InlineData(PartnershipRole.Parquet)]
    public async Task Record_OnACoordinatorBody_AsAnotherRole_Returns403(PartnershipRole role)
    {
        var (world, meetingId) = await MeetingAsync(app);
        var (_, client) = await world.MemberAsync(role, role == PartnershipRole.Partenaire ? world.Institutions[0].Id : null);
        var response = await client.PostAsJsonAsync($"{world.Base}/meetings/{meetingId}/decisions", NewDecision(world.Institutions[0].Id), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Decision>().AnyAsync(d => d.PartnershipId == world.Partnership.Id)));
    }

    [Fact]
    public async Task Record_OnAGltd_ByTheParquet_IsAllowed_AndTheCoordinatorIsRefused()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var (_, parquet) = await world.MemberAsync(PartnershipRole.Parquet);
        var body = await OkAsync<JsonElement>(await parquet.PostAsJsonAsync($"{world.Base}/bodies",
            new { kind = "Gltd", name = "GLTD quartier Sud", scope = "Quartier Sud : trafics", endsOn = "2027-12-31" }, Ct), HttpStatusCode.Created);
        var start = new DateTimeOffset(2025, 5, 12, 10, 0, 0, TimeSpan.FromHours(2));
        var meeting = await OkAsync<JsonElement>(await parquet.PostAsJsonAsync($"{world.Base}/bodies/{body.GetProperty("id").GetGuid()}/meetings",
            new { title = "GLTD de mai", startsAt = start, endsAt = start.AddHours(1) }, Ct), HttpStatusCode.Created);
        var meetingId = meeting.GetProperty("id").GetGuid();

        var refused = await world.Coordinator.PostAsJsonAsync($"{world.Base}/meetings/{meetingId}/decisions", NewDecision(world.Institutions[0].Id), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await RecordAsync(world, meetingId, NewDecision(world.Institutions[0].Id), parquet);
    }

    [Fact]
    public async Task Record_BadInput_IsRefused_AndNothingIsSaved()
    {
        var (world, meetingId) = await MeetingAsync(app);
        var url = $"{world.Base}/meetings/{meetingId}/decisions";
        var other = await app.CreateInstitutionAsync(await app.CreatePartnershipAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await world.Coordinator.PostAsJsonAsync($"{world.Base}/meetings/{Guid.NewGuid()}/decisions",
            NewDecision(world.Institutions[0].Id), Ct)).StatusCode);
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(url, NewDecision(other.Id), Ct), HttpStatusCode.BadRequest, "ownerInstitutionId");
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(url, NewDecision(world.Institutions[0].Id, dueOn: null), Ct), HttpStatusCode.BadRequest, "dueOn");
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync(url,
            new { text = "Éclairage", ownerInstitutionId = world.Institutions[0].Id, dueOn = FarAhead, communes = new[] { "75056" } }, Ct), HttpStatusCode.BadRequest, "communes[0]");
        var phone = await world.Coordinator.PostAsJsonAsync(url, NewDecision(world.Institutions[0].Id, text: "Rappeler le gardien au 06 12 34 56 78"), Ct);
        var problem = await ProblemAsync(phone, HttpStatusCode.UnprocessableEntity, "text");
        Assert.Equal("phone", Assert.Single(problem.GetProperty("findings").EnumerateArray()).GetProperty("kind").GetString());

        Assert.False(await app.WithDbAsync(db => db.Set<Decision>().AnyAsync(d => d.PartnershipId == world.Partnership.Id)));
    }

    [Fact]
    public async Task LateFilter_ListsOnlyOpenDecisionsPastDue_WithDaysLate_AndOwnerFilter()
    {
        var (world, meetingId) = await MeetingAsync(app);
        var late = await RecordAsync(world, meetingId, NewDecision(world.Institutions[0].Id, LongAgo, "Réparer la porte du hall B"));
        await RecordAsync(world, meetingId, NewDecision(world.Institutions[1].Id, FarAhead, "Étudier une médiation de nuit"));
        var closed = await RecordAsync(world, meetingId, NewDecision(world.Institutions[1].Id, LongAgo, "Rencontrer le principal du collège"));
        await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/decisions/{closed.GetProperty("id").GetGuid()}", new
        {
            version = closed.GetProperty("version").GetGuid(),
            text = "Rencontrer le principal du collège",
            ownerInstitutionId = world.Institutions[1].Id,
            dueOn = LongAgo,
            status = "Done",
            closedOn = "2020-01-10",
            followUp = "Rencontre tenue, suivi mensuel convenu.",
        }, Ct));

        var list = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/decisions?late=true", Ct));
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(late.GetProperty("id").GetGuid(), item.GetProperty("id").GetGuid());
        Assert.True(item.GetProperty("late").GetBoolean());
        Assert.True(item.GetProperty("daysLate").GetInt32() > 365);
        Assert.Equal(world.Institutions[0].Name, item.GetProperty("ownerInstitutionName").GetString());

        var byOwner = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/decisions?owner={world.Institutions[1].Id}", Ct));
        Assert.Equal(2, byOwner.GetArrayLength());
        var done = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/decisions?status=Done", Ct));
        Assert.Equal("2020-01-10", Assert.Single(done.EnumerateArray()).GetProperty("closedOn").GetString());
    }

    [Fact]
    public async Task OpenDecision_IsCarriedOverToTheNextMeetingOfTheBody_UntilClosed()
    {
        var (world, meetingId) = await MeetingAsync(app);
        var bodyId = await app.WithDbAsync(db => db.Set<Meeting>().Where(m => m.Id == meetingId).Select(m => m.BodyId).SingleAsync());
        var decision = await RecordAsync(world, meetingId, NewDecision(world.Institutions[0].Id));
        var next = (await world.ScheduleAsync(bodyId, new DateTimeOffset(2025, 6, 16, 14, 0, 0, TimeSpan.FromHours(2)))).GetProperty("id").GetGuid();
        var otherBody = (await world.CreateBodyAsync("ThematicGroup", "Autre groupe")).GetProperty("id").GetGuid();
        var elsewhere = (await world.ScheduleAsync(otherBody, new DateTimeOffset(2025, 6, 17, 14, 0, 0, TimeSpan.FromHours(2)))).GetProperty("id").GetGuid();

        var carried = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/meetings/{next}", Ct));
        Assert.Equal(decision.GetProperty("id").GetGuid(), Assert.Single(carried.GetProperty("followUp").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty((await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/meetings/{elsewhere}", Ct))).GetProperty("followUp").EnumerateArray());
        Assert.Empty((await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/meetings/{meetingId}", Ct))).GetProperty("followUp").EnumerateArray());

        var abandoned = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/decisions/{decision.GetProperty("id").GetGuid()}", new
        {
            version = decision.GetProperty("version").GetGuid(),
            text = decision.GetProperty("text").GetString(),
            ownerInstitutionId = world.Institutions[0].Id,
            dueOn = FarAhead,
            status = "Abandoned",
        }, Ct));
        Assert.NotNull(abandoned.GetProperty("closedOn").GetString());
        Assert.Empty((await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/meetings/{next}", Ct))).GetProperty("followUp").EnumerateArray());
    }

    [Fact]
    public async Task Update_WithAStaleVersion_Returns409_AndAnAgent_Returns403()
    {
        var (world, meetingId) = await MeetingAsync(app);
        var decision = await RecordAsync(world, meetingId, NewDecision(world.Institutions[0].Id));
        var url = $"{world.Base}/decisions/{decision.GetProperty("id").GetGuid()}";
        object Change(Guid version, string status) => new { version, text = "Renforcer l'éclairage du parking Nord", ownerInstitutionId = world.Institutions[0].Id, dueOn = FarAhead, status };

        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync(url, Change(decision.GetProperty("version").GetGuid(), "InProgress"), Ct));
        Assert.Equal("InProgress", updated.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await world.Coordinator.PutAsJsonAsync(url, Change(decision.GetProperty("version").GetGuid(), "Done"), Ct)).StatusCode);

        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync(url, Change(updated.GetProperty("version").GetGuid(), "Done"), Ct)).StatusCode);
        Assert.Equal(DecisionStatus.InProgress, await app.WithDbAsync(db => db.Set<Decision>().Where(d => d.PartnershipId == world.Partnership.Id).Select(d => d.Status).SingleAsync()));
        Assert.Single(await AuditAsync(world.Partnership.Id, AuditEventType.GovernanceDecisionUpdated));
    }

    [Fact]
    public async Task Leave_APersonOwningAnOpenDecision_HandsItToTheSuccessor()
    {
        var (world, meetingId) = await MeetingAsync(app);
        var people = $"/api/v1/partnerships/{world.Partnership.Id}/directory/people";
        async Task<JsonElement> PersonAsync(string last) => await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync(people, new
        {
            firstName = "Anne",
            lastName = last,
            function = "Cheffe de secteur",
            institutionId = world.Institutions[0].Id,
            startsOn = "2024-01-08",
        }, Ct), HttpStatusCode.Created);
        var leaving = await PersonAsync("Départ");
        var successor = await PersonAsync("Relève");
        var leavingId = leaving.GetProperty("id").GetGuid();
        var open = await RecordAsync(world, meetingId, NewDecision(world.Institutions[0].Id, personId: leavingId));
        Assert.Equal("Anne Départ", open.GetProperty("ownerPersonName").GetString());
        var done = await RecordAsync(world, meetingId, NewDecision(world.Institutions[0].Id, text: "Diagnostic en marchant", personId: leavingId));
        await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/decisions/{done.GetProperty("id").GetGuid()}", new
        {
            version = done.GetProperty("version").GetGuid(),
            text = "Diagnostic en marchant",
            ownerInstitutionId = world.Institutions[0].Id,
            ownerPersonId = leavingId,
            dueOn = FarAhead,
            status = "Done",
        }, Ct));

        var items = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{people}/{leavingId}/open-items", Ct));
        Assert.Equal("decision", Assert.Single(items.EnumerateArray()).GetProperty("kind").GetString());
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{people}/{leavingId}/leave",
            new { endsOn = "2026-12-01", version = leaving.GetProperty("version").GetGuid() }, Ct), HttpStatusCode.BadRequest, "successorId");
        var left = await world.Coordinator.PostAsJsonAsync($"{people}/{leavingId}/leave",
            new { endsOn = "2026-12-01", successorId = successor.GetProperty("id").GetGuid(), version = leaving.GetProperty("version").GetGuid() }, Ct);
        Assert.Equal(1, (await OkAsync<JsonElement>(left)).GetProperty("handedOver").GetInt32());

        var owners = await app.WithDbAsync(db => db.Set<Decision>().Where(d => d.PartnershipId == world.Partnership.Id).ToDictionaryAsync(d => d.Id, d => d.OwnerPersonId));
        Assert.Equal(successor.GetProperty("id").GetGuid(), owners[open.GetProperty("id").GetGuid()]);
        Assert.Equal(leavingId, owners[done.GetProperty("id").GetGuid()]);
    }

    [Fact]
    public async Task Digest_MailsTheOwnersAndTheFieldAgents_WhoAcknowledgeIt()
    {
        var (world, meetingId) = await MeetingAsync(app);
        await RecordAsync(world, meetingId, NewDecision(world.Institutions[0].Id, text: "Réparer la porte du hall B"));
        var (agentUser, agent) = await world.MemberAsync(PartnershipRole.Agent);
        var (president, _) = await world.MemberAsync(PartnershipRole.President);

        var (_, partner) = await world.MemberAsync(PartnershipRole.Partenaire, world.Institutions[0].Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync($"{world.Base}/meetings/{meetingId}/decisions/digest", null, Ct)).StatusCode);
        var sent = await OkAsync<JsonElement>(await world.Coordinator.PostAsync($"{world.Base}/meetings/{meetingId}/decisions/digest", null, Ct), HttpStatusCode.Created);
        Assert.Equal(3, sent.GetProperty("recipients").GetInt32()); // the owner's two members and the agent

        var mail = Assert.Single(app.MailsTo(agentUser.Email!));
        Assert.StartsWith("Relevé de décisions", mail.Subject);
        Assert.Contains("Réparer la porte du hall B", mail.TextBody);
        Assert.Contains(world.Institutions[0].Name, mail.TextBody);
        Assert.Single(app.MailsTo(world.Representatives[0].Email!));
        Assert.Empty(app.MailsTo(world.Representatives[1].Email!));
        Assert.Empty(app.MailsTo(president.Email!));

        var mine = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/decisions/digests/mine", Ct));
        var digest = Assert.Single(mine.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, digest.GetProperty("acknowledgedAt").ValueKind);
        var id = digest.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await world.Coordinator.PostAsync($"{world.Base}/decisions/digests/{id}/ack", null, Ct)).StatusCode);
        await OkAsync<JsonElement>(await agent.PostAsync($"{world.Base}/decisions/digests/{id}/ack", null, Ct));
        var read = Assert.Single((await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/decisions/digests/mine", Ct))).EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("acknowledgedAt").ValueKind);
        Assert.Single(await AuditAsync(world.Partnership.Id, AuditEventType.GovernanceDecisionDigestAcknowledged));
    }

    [Fact]
    public async Task Digest_OfAMeetingWithoutDecisions_Returns400_AndSendsNothing()
    {
        var (world, meetingId) = await MeetingAsync(app);
        await ProblemAsync(await world.Coordinator.PostAsync($"{world.Base}/meetings/{meetingId}/decisions/digest", null, Ct), HttpStatusCode.BadRequest);
        Assert.False(await app.WithDbAsync(db => db.Set<DecisionDigest>().AnyAsync(d => d.PartnershipId == world.Partnership.Id)));
    }

    private Task<List<AuditRecord>> AuditAsync(Guid partnershipId, AuditEventType type) =>
        app.WithDbAsync(db => db.Set<AuditRecord>().Where(r => r.PartnershipId == partnershipId && r.Type == type).ToListAsync());
}
