using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Partnerships;

public sealed class PartnershipTests(AppFactory app)
{
    [Fact]
    public async Task Get_AsMember_ReturnsCommunesFromOfficialGeography()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Agent, "38151");
        var body = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}", Ct));
        var commune = Assert.Single(body.GetProperty("communes").EnumerateArray());
        Assert.Equal("Échirolles", commune.GetProperty("name").GetString());
        Assert.True(commune.GetProperty("population").GetInt32() > 30_000);
    }

    [Fact]
    public async Task Get_AsMemberOfAnotherPartnership_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var other = await app.CreatePartnershipAsync();
        var response = await client.GetAsync($"/api/v1/partnerships/{other.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_AsAdmin_Returns403BecauseAdminsAreNotMembers()
    {
        var partnership = await app.CreatePartnershipAsync();
        var admin = await app.CreateUserAsync(PlatformRole.Admin);
        var response = await app.ClientFor(admin.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Anonymous_Returns401()
    {
        var partnership = await app.CreatePartnershipAsync();
        var response = await app.Anonymous().GetAsync($"/api/v1/partnerships/{partnership.Id}", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Update_AsCoordinator_SavesAndAudits()
    {
        var (partnership, user, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38151");
        var version = await app.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Id == partnership.Id).Select(p => p.Version).SingleAsync());
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}",
            new { name = "CLSPD renommé", status = "Dormant", communes = new[] { new { insee = "38151", opposesCispd = false } }, hasCddf = true, version }, Ct);
        var body = await OkAsync<JsonElement>(response);
        Assert.Equal("CLSPD renommé", body.GetProperty("name").GetString());
        Assert.True(body.GetProperty("hasCddf").GetBoolean());
        var audited = await app.WithDbAsync(db => db.Set<Coprod.Web.Platform.Audit.AuditRecord>()
            .AnyAsync(r => r.PartnershipId == partnership.Id && r.ActorId == user.Id && r.Type == Coprod.Web.Platform.Audit.AuditEventType.PartnershipUpdated));
        Assert.True(audited);
    }

    [Fact]
    public async Task Update_AsPartner_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}",
            new { name = "x", status = "Active", communes = new[] { new { insee = "38151" } }, version = Guid.Empty }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_WithStaleVersion_Returns409AndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38151");
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}",
            new { name = "Écrasement", status = "Active", communes = new[] { new { insee = "38151" } }, version = Guid.NewGuid() }, Ct);
        await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(partnership.Name, await app.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Id == partnership.Id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task Update_WithUnknownCommune_ReturnsValidationProblemAndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38151");
        var version = await app.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Id == partnership.Id).Select(p => p.Version).SingleAsync());
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}",
            new { name = "Autre nom", status = "Active", communes = new[] { new { insee = "99999" } }, version }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "communes[0]");
        var stored = await app.WithDbAsync(db => db.Set<Partnership>().Include(p => p.Communes).SingleAsync(p => p.Id == partnership.Id));
        Assert.Equal(partnership.Name, stored.Name);
        Assert.Equal(["38151"], stored.Communes.Select(c => c.InseeCode));
    }

    [Fact]
    public async Task Update_WithMalformedJson_ReturnsProblem()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.PutAsync($"/api/v1/partnerships/{partnership.Id}", RawJson("{ \"name\": "), Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
