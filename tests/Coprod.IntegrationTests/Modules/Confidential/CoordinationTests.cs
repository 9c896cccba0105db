using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>L121-6-2: the mayor learns that a coordination is needed and who coordinates it; disclosures only when strictly necessary.</summary>
public sealed class CoordinationTests(AppFactory app)
{
    private static readonly object Disclosure = new { text = "La famille a besoin d'un relogement d'urgence.", justification = "Stricte nécessité : seule la mairie attribue ce logement." };

    private async Task<(ConfidentialWorld World, CoprodUser Coordinator, HttpClient CoordinatorClient, ConfidentialCase Case, HttpClient Mayor, CoprodUser MayorUser)>
        CoordinationAsync()
    {
        var world = await ConfidentialWorld.CreateAsync(app, SharingChannel.SharedSecret);
        var institution = await app.CreateInstitutionAsync(world.Partnership, name: "CCAS de la commune");
        var coordinator = await app.CreateUserAsync(twoFactor: true);
        await app.GrantAsync(coordinator, world.Partnership, PartnershipRole.Partenaire, institution.Id);
        var member = await world.DesignateAsync(coordinator, world.Group);
        await app.WithDbAsync(async db =>
        {
            db.Set<ConfidentialGroup>().Single(g => g.Id == world.Group.Id).CoordinatorUserId = coordinator.Id;
            db.Set<GroupMember>().Single(m => m.Id == member.Id).InstitutionId = institution.Id;
            await db.SaveChangesAsync();
        });
        var found = await world.CaseAsync(coordinator.Id, lastName: "Quichotte", firstName: "Alonso");
        var (mayor, mayorClient) = await world.OutsiderAsync(PartnershipRole.President);
        return (world, coordinator, app.ClientFor(coordinator.Id), found, mayorClient, mayor);
    }

    [Fact]
    public async Task Coordinations_AsMayorOrCoordinator_NameWhoCoordinates_AndNothingAboutTheCase()
    {
        var (world, coordinator, _, found, mayor, _) = await CoordinationAsync();
        await world.AnotherGroupAsync();
        foreach (var client in new[] { mayor, world.CoordinatorClient() })
        {
            var list = await OkAsync<JsonElement>(await client.GetAsync(world.Base() + "/coordinations", Ct));
            var only = Assert.Single(list.EnumerateArray());
            Assert.Equal(coordinator.DisplayName, only.GetProperty("coordinatorName").GetString());
            Assert.Equal("CCAS de la commune", only.GetProperty("coordinatorInstitution").GetString());
            Assert.Equal("Quartier Village Sud", only.GetProperty("territory").GetString());
            var json = list.GetRawText();
            Assert.DoesNotContain("Quichotte", json);
            Assert.DoesNotContain("Alonso", json);
            Assert.DoesNotContain(found.Reference, json);
            Assert.DoesNotContain(found.Id.ToString(), json);
        }
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.Etat)]
    [InlineData(PartnershipRole.Agent)]
    public async Task Coordinations_AsOtherRole_Returns403(PartnershipRole role)
    {
        var world = await ConfidentialWorld.CreateAsync(app, SharingChannel.SharedSecret);
        var (_, client) = await world.OutsiderAsync(role);
        await ProblemAsync(await client.GetAsync(world.Base() + "/coordinations", Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Disclose_ByCoordinationMember_ReachesTheMayorSealed_ReadAudited()
    {
        var (world, _, member, found, mayor, _) = await CoordinationAsync();
        var made = await OkAsync<JsonElement>(await member.PostAsJsonAsync($"{world.Base()}/cases/{found.Id}/disclosures", Disclosure, Ct), HttpStatusCode.Created);
        Assert.Equal(1, made.GetProperty("recipients").GetInt32());
        var stored = await app.WithDbAsync(db => Task.FromResult(db.Set<Disclosure>().Single(d => d.CaseId == found.Id)));
        Assert.DoesNotContain("relogement", stored.SealedContent);
        var made_ = Assert.Single(await world.AuditAsync(AuditEventType.ConfidentialDisclosureMade));
        Assert.Equal(found.Id.ToString(), made_.TargetId);
        Assert.DoesNotContain("relogement", made_.Details);
        var read = await OkAsync<JsonElement>(await mayor.GetAsync(world.Base() + "/disclosures", Ct));
        var item = Assert.Single(read.EnumerateArray());
        Assert.Equal("La famille a besoin d'un relogement d'urgence.", item.GetProperty("text").GetString());
        Assert.Single(await world.AuditAsync(AuditEventType.ConfidentialDisclosureRead));
    }

    [Fact]
    public async Task Disclosures_AreListedOnTheCase_ForItsMembers_WithWhoSentThemAndToWhom()
    {
        var (world, coordinator, member, found, _, mayorUser) = await CoordinationAsync();
        var (_, _, colleagueClient) = await world.MemberAsync();
        var before = await OkAsync<JsonElement>(await colleagueClient.GetAsync($"{world.Base()}/cases/{found.Id}", Ct));
        Assert.Equal(0, before.GetProperty("disclosures").GetArrayLength());

        await OkAsync<JsonElement>(await member.PostAsJsonAsync($"{world.Base()}/cases/{found.Id}/disclosures", Disclosure, Ct), HttpStatusCode.Created);

        var after = await OkAsync<JsonElement>(await colleagueClient.GetAsync($"{world.Base()}/cases/{found.Id}", Ct));
        var sent = Assert.Single(after.GetProperty("disclosures").EnumerateArray());
        Assert.Equal(coordinator.DisplayName, sent.GetProperty("byName").GetString());
        Assert.Equal("La famille a besoin d'un relogement d'urgence.", sent.GetProperty("text").GetString());
        Assert.StartsWith("Stricte nécessité", sent.GetProperty("justification").GetString());
        Assert.Equal(mayorUser.DisplayName, Assert.Single(sent.GetProperty("to").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Disclosures_AsAnyoneButTheMayor_AreEmpty()
    {
        var (world, _, member, found, _, _) = await CoordinationAsync();
        await OkAsync<JsonElement>(await member.PostAsJsonAsync($"{world.Base()}/cases/{found.Id}/disclosures", Disclosure, Ct), HttpStatusCode.Created);
        foreach (var client in new[] { member, world.CoordinatorClient() })
        {
            Assert.Equal(0, (await OkAsync<JsonElement>(await client.GetAsync(world.Base() + "/disclosures", Ct))).GetArrayLength());
        }
        Assert.Empty(await world.AuditAsync(AuditEventType.ConfidentialDisclosureRead));
    }

    [Fact]
    public async Task Disclose_BadInput_Returns400_AndStoresNothing()
    {
        var (world, _, member, found, _, _) = await CoordinationAsync();
        var url = $"{world.Base()}/cases/{found.Id}/disclosures";
        await ProblemAsync(await member.PostAsJsonAsync(url, new { text = "Besoin d'un relogement", justification = "trop court" }, Ct), HttpStatusCode.BadRequest,
            "justification");
        await ProblemAsync(await member.PostAsJsonAsync(url, new { justification = "Stricte nécessité : seule la mairie peut agir." }, Ct), HttpStatusCode.BadRequest,
            "text");
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Set<Disclosure>().Count(d => d.CaseId == found.Id))));
    }

    [Fact]
    public async Task Disclose_AsNonMember_OrAboutAWorkingGroupCase_Returns404()
    {
        var (world, coordinator, _, found, mayor, _) = await CoordinationAsync();
        await GroupTestApi.NotFoundAsync(await mayor.PostAsJsonAsync($"{world.Base()}/cases/{found.Id}/disclosures", Disclosure, Ct));
        await GroupTestApi.NotFoundAsync(await world.CoordinatorClient().PostAsJsonAsync($"{world.Base()}/cases/{found.Id}/disclosures", Disclosure, Ct));
        var workingGroup = await world.AnotherGroupAsync();
        var (user, _, client) = await world.MemberAsync(inGroup: workingGroup);
        var wgCase = await world.CaseAsync(user.Id, inGroup: workingGroup);
        await GroupTestApi.NotFoundAsync(await client.PostAsJsonAsync($"{world.Base()}/cases/{wgCase.Id}/disclosures", Disclosure, Ct));
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Set<Disclosure>().Count(d => d.CaseId == found.Id || d.CaseId == wgCase.Id))));
        Assert.NotEqual(Guid.Empty, coordinator.Id);
    }
}
