using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Governance;

public sealed class BodyTests(AppFactory app)
{
    [Fact]
    public async Task Create_AsCoordinatorFromTemplate_SavesTheGroupWithItsSuggestedMembers()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var templates = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/body-templates", Ct));
        var template = templates.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "violences-femmes");
        Assert.Equal(5, templates.EnumerateArray().Count(t => t.GetProperty("kind").GetString() == "ThematicGroup"));
        var members = template.GetProperty("members");
        Assert.Equal(3, members.GetArrayLength()); // the template suggests associations: the world's three
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/bodies", new
        {
            kind = template.GetProperty("kind").GetString(),
            name = template.GetProperty("name").GetString(),
            purpose = template.GetProperty("purpose").GetString(),
            members,
        }, Ct);
        var body = await OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal("Active", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("canManage").GetBoolean());
        Assert.Equal(3, body.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task Create_WithLegalBasis_KeepsItPerMember()
    {
        var world = await GovernanceWorld.CreateAsync(app);
        var body = await world.CreateBodyAsync();
        var member = body.GetProperty("members")[0];
        Assert.Equal("Code de la sécurité intérieure, art. D132-8", member.GetProperty("legalBasis").GetString());
        Assert.StartsWith("Association", member.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.President)]
    [InlineData(PartnershipRole.Etat)]
    [InlineData(PartnershipRole.Parquet)]
    public async Task Create_Plenary_AsOtherThanCoordinator_Returns403(PartnershipRole role)
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var (_, client) = await world.MemberAsync(role);
        var response = await client.PostAsJsonAsync($"{world.Base}/bodies", new { kind = "Plenary", name = "Plénière" }, Ct);
        await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.False(await app.WithDbAsync(db => db.Set<Body>().AnyAsync(b => b.PartnershipId == world.Partnership.Id)));
    }

    [Fact]
    public async Task Create_AsAgent_Returns403()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"{world.Base}/bodies", new { kind = "ThematicGroup", name = "Groupe" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Create_Gltd_AsCoordinator_Returns403WithTheRuleInFrench()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/bodies",
            new { kind = "Gltd", name = "GLTD Village Sud", scope = "Quartier Village Sud : trafics", endsOn = "2027-12-31" }, Ct);
        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("procureur", problem.GetProperty("detail").GetString());
        Assert.Contains("invité", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Gltd_AsParquet_CreatesWithScopeAndDuration_ClosesIt_AndTheCoordinatorCannotEditIt()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var (_, parquet) = await world.MemberAsync(PartnershipRole.Parquet);
        var missing = await parquet.PostAsJsonAsync($"{world.Base}/bodies", new { kind = "Gltd", name = "GLTD Village Sud" }, Ct);
        await ProblemAsync(missing, HttpStatusCode.BadRequest, "scope", "endsOn");

        var created = await parquet.PostAsJsonAsync($"{world.Base}/bodies",
            new { kind = "Gltd", name = "GLTD Village Sud", scope = "Quartier Village Sud : trafics et occupations de halls", startsOn = "2027-01-01", endsOn = "2027-12-31" }, Ct);
        var body = await OkAsync<JsonElement>(created, HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("2027-12-31", body.GetProperty("endsOn").GetString());

        var update = new { version = body.GetProperty("version").GetGuid(), name = "GLTD Village Sud", scope = "Quartier Village Sud", endsOn = "2027-12-31", status = "Closed" };
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/bodies/{id}", update, Ct), HttpStatusCode.Forbidden);
        var closed = await OkAsync<JsonElement>(await parquet.PutAsJsonAsync($"{world.Base}/bodies/{id}", update, Ct));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        // The coordinator still reads it, and cannot schedule its meetings.
        var read = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/bodies/{id}", Ct));
        Assert.False(read.GetProperty("canManage").GetBoolean());
        var meeting = await world.Coordinator.PostAsJsonAsync($"{world.Base}/bodies/{id}/meetings",
            new { title = "Réunion", startsAt = "2027-02-01T10:00:00+01:00", endsAt = "2027-02-01T11:00:00+01:00" }, Ct);
        await ProblemAsync(meeting, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_WithStaleVersion_Returns409()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync("RestrictedFormation", "Bureau");
        var id = body.GetProperty("id").GetGuid();
        var first = new { version = body.GetProperty("version").GetGuid(), name = "Bureau du CLSPD", status = "Dormant" };
        var updated = await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/bodies/{id}", first, Ct));
        Assert.Equal("Dormant", updated.GetProperty("status").GetString());
        Assert.Single(updated.GetProperty("members").EnumerateArray());
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Base}/bodies/{id}", first with { name = "Autre" }, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ListAndGet_AsAgentOrPartner_SeeTheBodies_OtherPartnershipAndAnonymousAreRefused()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var body = await world.CreateBodyAsync();
        var id = body.GetProperty("id").GetGuid();
        var (_, agent) = await world.MemberAsync(PartnershipRole.Agent);
        var list = await OkAsync<JsonElement>(await agent.GetAsync($"{world.Base}/bodies", Ct));
        Assert.Equal("Séance plénière", Assert.Single(list.EnumerateArray()).GetProperty("name").GetString());
        var partner = app.ClientFor(world.Representatives[0].Id);
        var detail = await OkAsync<JsonElement>(await partner.GetAsync($"{world.Base}/bodies/{id}", Ct));
        Assert.False(detail.GetProperty("canManage").GetBoolean());
        var update = new { version = detail.GetProperty("version").GetGuid(), name = "X", status = "Active" };
        await ProblemAsync(await partner.PutAsJsonAsync($"{world.Base}/bodies/{id}", update, Ct), HttpStatusCode.Forbidden);

        var (_, _, stranger) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"{world.Base}/bodies/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"{world.Base}/bodies", Ct)).StatusCode);
        await ProblemAsync(await world.Coordinator.GetAsync($"{world.Base}/bodies/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_WithUnknownInstitution_Returns400()
    {
        var world = await GovernanceWorld.CreateAsync(app, 1);
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/bodies",
            new { kind = "ThematicGroup", name = "Groupe", members = new[] { new { institutionId = Guid.NewGuid() } } }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "members[0]");
    }
}
