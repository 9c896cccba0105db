using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>CONF-1, CONF-2: the president and the coordinator manage groups, charters and members; nobody else does.</summary>
public sealed class GroupAdministrationTests(AppFactory app)
{
    [Theory]
    [InlineData(PartnershipRole.Coordinateur)]
    [InlineData(PartnershipRole.President)]
    public async Task Create_AsManager_CreatesTheGroupAndCharterV1_Audited(PartnershipRole role)
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (_, client) = await world.OutsiderAsync(role);
        var created = await world.CreateGroupAsync(GroupTestApi.NewGroup(), client);
        Assert.Equal("WorkingGroup", created.GetProperty("channel").GetString());
        Assert.Equal(1, created.GetProperty("charter").GetProperty("number").GetInt32());
        Assert.Equal(2, created.GetProperty("charter").GetProperty("archiveYears").GetInt32());
        Assert.False(created.GetProperty("charter").GetProperty("notesAllowed").GetBoolean());
        var audit = Assert.Single(await world.AuditAsync(AuditEventType.ConfidentialGroupCreated));
        Assert.Equal(created.GetProperty("id").GetString(), audit.TargetId);
        Assert.DoesNotContain("décrochage", audit.Details);
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.Agent)]
    [InlineData(PartnershipRole.Etat)]
    public async Task Create_AsOtherRole_Returns403_AndCreatesNothing(PartnershipRole role)
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (_, client) = await world.OutsiderAsync(role);
        await ProblemAsync(await client.PostAsJsonAsync(world.Admin(), GroupTestApi.NewGroup(), Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await client.GetAsync(world.Admin(), Ct), HttpStatusCode.Forbidden);
        Assert.Equal(1, await world.GroupsAsync());
    }

    public static TheoryData<string, string> BadGroups => new()
    {
        { """{"channel":"WorkingGroup","purpose":"p","territory":"t","charter":{"purpose":"p","categories":["Identity"],"rules":["r"],"archiveYears":1}}""", "name" },
        { """{"name":"n","purpose":"p","territory":"t","charter":{"purpose":"p","categories":["Identity"],"rules":["r"],"archiveYears":1}}""", "channel" },
        { """{"channel":"WorkingGroup","name":"n","purpose":"p","territory":"t"}""", "charter" },
        { """{"channel":"WorkingGroup","name":"n","purpose":"p","territory":"t","charter":{"purpose":"p","categories":["Schooling"],"rules":["r"],"archiveYears":1}}""", "charter.categories" },
        { """{"channel":"WorkingGroup","name":"n","purpose":"p","territory":"t","charter":{"purpose":"p","categories":["Identity"],"rules":[],"archiveYears":1}}""", "charter.rules" },
        { """{"channel":"WorkingGroup","name":"n","purpose":"p","territory":"t","charter":{"purpose":"p","categories":["Identity"],"rules":["r"],"archiveYears":4}}""", "charter.archiveYears" },
        { """{"channel":"WorkingGroup","name":"n","purpose":"p","territory":"t","charter":{"purpose":"p","categories":["Identity"],"rules":["r"],"archiveYears":0}}""", "charter.archiveYears" },
        { """{"channel":"SharedSecret","name":"n","purpose":"p","territory":"t","charter":{"purpose":"p","categories":["Identity"],"rules":["r"],"archiveYears":1}}""", "coordinatorUserId" },
    };

    [Theory]
    [MemberData(nameof(BadGroups))]
    public async Task Create_BadInput_Returns400_AndCreatesNothing(string json, string field)
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        await ProblemAsync(await world.CoordinatorClient().PostAsync(world.Admin(), RawJson(json), Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(1, await world.GroupsAsync());
    }

    [Fact]
    public async Task Create_TooManyRules_Or_PersonalDataInTheName_IsRefused()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var rules = Enumerable.Range(1, 21).Select(i => $"Règle {i}").ToArray();
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync(world.Admin(), GroupTestApi.NewGroup(charter: GroupTestApi.Charter(rules: rules)), Ct),
            HttpStatusCode.BadRequest, "charter.rules");
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync(world.Admin(), GroupTestApi.NewGroup(name: "Suivi de Kevin Durand, 06 12 34 56 78"), Ct),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await world.GroupsAsync());
    }

    [Fact]
    public async Task Create_Coordination_DesignatesItsCoordinator_WhoStillHasToSign()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (social, _) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        var created = await world.CreateGroupAsync(GroupTestApi.NewGroup("SharedSecret", "Coordination famille", coordinatorUserId: social.Id));
        Assert.Equal(social.Id, created.GetProperty("coordinatorUserId").GetGuid());
        var member = Assert.Single(created.GetProperty("members").EnumerateArray());
        Assert.Equal(social.Id, member.GetProperty("userId").GetGuid());
        Assert.Equal(JsonValueKind.Null, member.GetProperty("signedVersion").ValueKind);
        Assert.Null(await world.SeatAsync(social.Id, created.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Update_AsManager_Changes_StaleVersion409_BadInput400_Other403()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var group = await world.ManagedAsync(world.Group.Id);
        var version = group.GetProperty("version").GetGuid();
        var change = new { version, name = "Cellule collège", purpose = "Prévenir l'exclusion scolaire", territory = "Centre-ville" };
        var (_, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        await ProblemAsync(await partner.PutAsJsonAsync(world.Admin(world.Group.Id), change, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.CoordinatorClient().PutAsJsonAsync(world.Admin(world.Group.Id), new { version, name = "", purpose = "p", territory = "t" }, Ct),
            HttpStatusCode.BadRequest, "name");
        var updated = await OkAsync<JsonElement>(await world.CoordinatorClient().PutAsJsonAsync(world.Admin(world.Group.Id), change, Ct));
        Assert.Equal("Cellule collège", updated.GetProperty("name").GetString());
        await ProblemAsync(await world.CoordinatorClient().PutAsJsonAsync(world.Admin(world.Group.Id), change, Ct), HttpStatusCode.Conflict);
        Assert.Single(await world.AuditAsync(AuditEventType.ConfidentialGroupUpdated));
    }

    [Fact]
    public async Task Close_WithActiveCase_Returns409_Without_Closes_Other403()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (referent, _, _) = await world.MemberAsync();
        var active = await world.CaseAsync(referent.Id);
        var version = (await world.ManagedAsync(world.Group.Id)).GetProperty("version").GetGuid();
        var (_, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        await ProblemAsync(await partner.PostAsJsonAsync($"{world.Admin(world.Group.Id)}/close", new { version }, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync($"{world.Admin(world.Group.Id)}/close", new { version }, Ct), HttpStatusCode.Conflict);
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync($"{world.Admin(world.Group.Id)}/close", new { }, Ct), HttpStatusCode.BadRequest, "version");
        await app.WithDbAsync(async db =>
        {
            db.Set<ConfidentialCase>().Single(c => c.Id == active.Id).Status = CaseStatus.Archived;
            await db.SaveChangesAsync();
        });
        var closed = await OkAsync<JsonElement>(await world.CoordinatorClient().PostAsJsonAsync($"{world.Admin(world.Group.Id)}/close", new { version }, Ct));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Single(await world.AuditAsync(AuditEventType.ConfidentialGroupClosed));
    }

    [Fact]
    public async Task Designate_FieldAgent_IsAllowed_AndShowsInstitutionAndTwoFactor()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var institution = await app.CreateInstitutionAsync(world.Partnership, name: "Prévention spécialisée");
        var agent = await app.CreateUserAsync(twoFactor: true);
        await app.GrantAsync(agent, world.Partnership, PartnershipRole.Agent, institution.Id);
        var group = await OkAsync<JsonElement>(await world.CoordinatorClient().PostAsJsonAsync($"{world.Admin(world.Group.Id)}/members", new { userId = agent.Id }, Ct),
            HttpStatusCode.Created);
        var member = Assert.Single(group.GetProperty("members").EnumerateArray());
        Assert.Equal("Prévention spécialisée", member.GetProperty("institution").GetString());
        Assert.True(member.GetProperty("twoFactorEnabled").GetBoolean());
        Assert.Single(await world.AuditAsync(AuditEventType.ConfidentialMemberDesignated));
    }

    [Fact]
    public async Task Designate_AdminOrDepartementWithoutMembership_AlreadyMember_OrMissing_Returns400_Other403()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var admin = await app.CreateUserAsync(PlatformRole.Admin);
        var departement = await app.CreateUserAsync(PlatformRole.Departement, departementCode: "38");
        var (member, _, _) = await world.MemberAsync();
        var url = $"{world.Admin(world.Group.Id)}/members";
        foreach (var body in new object[] { new { userId = admin.Id }, new { userId = departement.Id }, new { userId = member.Id }, new { } })
        {
            await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync(url, body, Ct), HttpStatusCode.BadRequest, "userId");
        }
        var (_, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        await ProblemAsync(await partner.PostAsJsonAsync(url, new { userId = admin.Id }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.Set<GroupMember>().Count(m => m.GroupId == world.Group.Id))));
    }

    [Fact]
    public async Task Remove_EndsAccessAtOnce_Audited_Other403()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (user, member, client) = await world.MemberAsync();
        var url = $"{world.Admin(world.Group.Id)}/members/{member.Id}";
        var (_, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        await ProblemAsync(await partner.DeleteAsync(url, Ct), HttpStatusCode.Forbidden);
        Assert.NotNull(await world.SeatAsync(user.Id));
        var group = await OkAsync<JsonElement>(await world.CoordinatorClient().DeleteAsync(url, Ct));
        Assert.Equal("Removed", group.GetProperty("members")[0].GetProperty("endReason").GetString());
        Assert.Null(await world.SeatAsync(user.Id));
        await GroupTestApi.NotFoundAsync(await client.GetAsync($"{world.Base()}/groups/{world.Group.Id}/charter", Ct));
        await GroupTestApi.NotFoundAsync(await world.CoordinatorClient().DeleteAsync(url, Ct));
        Assert.Single(await world.AuditAsync(AuditEventType.ConfidentialMemberRemoved));
    }

    [Fact]
    public async Task Breach_EndsAccessAtOnce_WithAReasonCode_BadReason400_Other403()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (user, member, client) = await world.MemberAsync();
        var url = $"{world.Admin(world.Group.Id)}/members/{member.Id}/breach";
        var (_, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        await ProblemAsync(await partner.PostAsJsonAsync(url, new { reason = "DisclosureOutsideGroup" }, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync(url, new { }, Ct), HttpStatusCode.BadRequest, "reason");
        await ProblemAsync(await world.CoordinatorClient().PostAsync(url, RawJson("""{"reason":99}"""), Ct), HttpStatusCode.BadRequest, "reason");
        Assert.NotNull(await world.SeatAsync(user.Id));
        var group = await OkAsync<JsonElement>(await world.CoordinatorClient().PostAsJsonAsync(url, new { reason = "DisclosureOutsideGroup" }, Ct));
        var ended = group.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == member.Id);
        Assert.Equal("Breach", ended.GetProperty("endReason").GetString());
        Assert.Equal("DisclosureOutsideGroup", ended.GetProperty("breachReason").GetString());
        Assert.Null(await world.SeatAsync(user.Id));
        Assert.Equal(0, (await OkAsync<JsonElement>(await client.GetAsync(world.Base() + "/groups", Ct))).GetArrayLength());
        var audit = Assert.Single(await world.AuditAsync(AuditEventType.CharterBreachRecorded));
        Assert.Contains("DisclosureOutsideGroup", audit.Details);
    }

    [Fact]
    public async Task SetCoordinator_AmongMembers_OfACoordination_Only()
    {
        var world = await ConfidentialWorld.CreateAsync(app, SharingChannel.SharedSecret);
        var (user, _, _) = await world.MemberAsync();
        var (stranger, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        var version = (await world.ManagedAsync(world.Group.Id)).GetProperty("version").GetGuid();
        var url = $"{world.Admin(world.Group.Id)}/coordinator";
        await ProblemAsync(await partner.PutAsJsonAsync(url, new { version, coordinatorUserId = user.Id }, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.CoordinatorClient().PutAsJsonAsync(url, new { version, coordinatorUserId = stranger.Id }, Ct), HttpStatusCode.BadRequest,
            "coordinatorUserId");
        var set = await OkAsync<JsonElement>(await world.CoordinatorClient().PutAsJsonAsync(url, new { version, coordinatorUserId = user.Id }, Ct));
        Assert.Equal(user.Id, set.GetProperty("coordinatorUserId").GetGuid());
        var workingGroup = await world.AnotherGroupAsync();
        await world.DesignateAsync(user, workingGroup);
        var wgVersion = (await world.ManagedAsync(workingGroup.Id)).GetProperty("version").GetGuid();
        await ProblemAsync(await world.CoordinatorClient().PutAsJsonAsync($"{world.Admin(workingGroup.Id)}/coordinator",
            new { version = wgVersion, coordinatorUserId = user.Id }, Ct), HttpStatusCode.BadRequest, "coordinatorUserId");
    }

    [Fact]
    public async Task PublishCharter_BadInput_Returns400_Other403_AndPublishesNothing()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var url = $"{world.Admin(world.Group.Id)}/charter";
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync(url, GroupTestApi.Charter(categories: ["Health"]), Ct), HttpStatusCode.BadRequest, "categories");
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync(url, GroupTestApi.Charter(archiveYears: 5), Ct), HttpStatusCode.BadRequest, "archiveYears");
        await ProblemAsync(await world.CoordinatorClient().PostAsJsonAsync(url, GroupTestApi.Charter(purpose: ""), Ct), HttpStatusCode.BadRequest, "purpose");
        var (_, partner) = await world.OutsiderAsync(PartnershipRole.Partenaire);
        await ProblemAsync(await partner.PostAsJsonAsync(url, GroupTestApi.Charter(), Ct), HttpStatusCode.Forbidden);
        await GroupTestApi.NotFoundAsync(await world.CoordinatorClient().PostAsJsonAsync($"{world.Admin(Guid.NewGuid())}/charter", GroupTestApi.Charter(), Ct));
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.Set<CharterVersion>().Count(v => v.GroupId == world.Group.Id))));
    }

    [Fact]
    public async Task Administration_ListsEveryGroup_ToTheCoordinatorWhoIsNoMember_WithoutCaseData()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var other = await world.AnotherGroupAsync();
        var (user, _, _) = await world.MemberAsync();
        await world.CaseAsync(user.Id, lastName: "Zébulon");
        var all = await OkAsync<JsonElement>(await world.CoordinatorClient().GetAsync(world.Admin(), Ct));
        Assert.Equal(2, all.GetArrayLength());
        Assert.Contains(other.Id.ToString(), all.GetRawText());
        Assert.DoesNotContain("Zébulon", all.GetRawText());
        Assert.DoesNotContain("case", all.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }
}
