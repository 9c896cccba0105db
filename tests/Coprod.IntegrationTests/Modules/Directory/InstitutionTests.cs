using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

public sealed class InstitutionTests(AppFactory app)
{
    [Fact]
    public async Task List_AsAgent_SeesTheInstitutions()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Agent);
        var institution = await app.CreateInstitutionAsync(partnership, InstitutionType.BailleurSocial, "Bailleur test");
        var list = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/institutions", Ct));
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(institution.Id, item.GetProperty("id").GetGuid());
        Assert.Equal("BailleurSocial", item.GetProperty("type").GetString());
    }

    [Fact]
    public async Task List_AsNonMember_Returns403()
    {
        var partnership = await app.CreatePartnershipAsync();
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/institutions", Ct)).StatusCode);
    }

    [Fact]
    public async Task Create_AsCoordinator_AddsTheInstitution()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/institutions", new { name = "Collège Jean Moulin", type = "EducationNationale" }, Ct);
        await OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.True(await app.WithDbAsync(db => db.Set<Institution>().AnyAsync(i => i.PartnershipId == partnership.Id && i.Name == "Collège Jean Moulin")));
    }

    [Fact]
    public async Task Create_AsPartner_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/institutions", new { name = "X", type = "Association" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_WithDuplicateNameAndNoType_ListsBothFields()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await app.CreateInstitutionAsync(partnership, name: "Déjà là");
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/institutions", new { name = "Déjà là" }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "type");
        response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/institutions", new { name = "Déjà là", type = "Association" }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "name");
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Institution>().CountAsync(i => i.PartnershipId == partnership.Id)));
    }

    [Fact]
    public async Task Create_WithUnknownTypeName_ReturnsProblemAndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.PostAsync($"/api/v1/partnerships/{partnership.Id}/institutions", RawJson("{\"name\":\"X\",\"type\":\"Licorne\"}"), Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Institution>().CountAsync(i => i.PartnershipId == partnership.Id)));
    }

    [Fact]
    public async Task Create_WithOversizedBody_Returns413AndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.PostAsync($"/api/v1/partnerships/{partnership.Id}/institutions",
            RawJson($"{{\"name\":\"{new string('a', 1_200_000)}\",\"type\":\"Association\"}}"), Ct);
        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Institution>().CountAsync(i => i.PartnershipId == partnership.Id)));
    }
}
