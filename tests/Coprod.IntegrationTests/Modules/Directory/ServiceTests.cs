using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

public sealed class ServiceTests(AppFactory app)
{
    [Fact]
    public async Task Create_AsCoordinator_ForAnyInstitution_AgentReadsIt()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Coordinator.CreateServiceAsync(world, world.Other.Id, "Police municipale de nuit");
        var list = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/services", Ct));
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(id, item.GetProperty("id").GetGuid());
        Assert.Equal("04 76 00 00 00", item.GetProperty("phone").GetString());
        Assert.Equal("Échirolles", item.GetProperty("territories")[0].GetProperty("name").GetString());
        var own = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/institutions/{world.Own.Id}/services", Ct));
        Assert.Equal(0, own.GetArrayLength());
        var other = await OkAsync<JsonElement>(await world.Agent.GetAsync($"{world.Root}/institutions/{world.Other.Id}/services", Ct));
        Assert.Equal(1, other.GetArrayLength());
    }

    [Fact]
    public async Task Create_AsPartner_OwnInstitutionAllowed_OtherInstitutionForbidden()
    {
        var world = await app.WorldAsync();
        await world.Partner.CreateServiceAsync(world, world.Own.Id);
        var before = await app.DirectoryStateAsync(world.Partnership.Id);
        var response = await world.Partner.PostAsJsonAsync($"{world.Root}/services", DirectoryTestData.ServiceBody(world.Other.Id), Ct);
        await ProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Create_AsAgent_Returns403()
    {
        var world = await app.WorldAsync();
        var response = await world.Agent.PostAsJsonAsync($"{world.Root}/services", DirectoryTestData.ServiceBody(world.Own.Id), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Update_AsPartnerOfAnotherInstitution_Returns403AndChangesNothing()
    {
        var world = await app.WorldAsync();
        var (id, version) = await world.Coordinator.CreateServiceAsync(world, world.Other.Id);
        var before = await app.DirectoryStateAsync(world.Partnership.Id);
        var body = new { name = "Renommé", phone = "17", territories = new[] { new { commune = DirectoryTestData.Echirolles } }, version };
        await ProblemAsync(await world.Partner.PutAsJsonAsync($"{world.Root}/services/{id}", body, Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Partner.DeleteAsync($"{world.Root}/services/{id}", Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Partner.PostAsJsonAsync($"{world.Root}/services/{id}/competences", new { problem = "bruit" }, Ct), HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Update_OwnService_SavesAndAStaleVersionReturns409()
    {
        var world = await app.WorldAsync();
        var (id, version) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        var body = new { name = "Médiation de soirée", phone = "+33 4 76 00 00 01", territories = new[] { new { commune = DirectoryTestData.Echirolles } }, version };
        var saved = await OkAsync<JsonElement>(await world.Partner.PutAsJsonAsync($"{world.Root}/services/{id}", body, Ct));
        Assert.NotEqual(version, saved.GetProperty("version").GetGuid());
        var before = await app.DirectoryStateAsync(world.Partnership.Id);
        await ProblemAsync(await world.Coordinator.PutAsJsonAsync($"{world.Root}/services/{id}", body, Ct), HttpStatusCode.Conflict);
        Assert.Equal(before, await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Create_WithCommuneOutsideOrBadContacts_Returns400AndSavesNothing()
    {
        var world = await app.WorldAsync();
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Root}/services",
            new { institutionId = world.Own.Id, name = "Service", phone = "appelez-nous", email = "pas une adresse", territories = new[] { new { commune = "75056" } } }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "territories[0]", "phone", "email");
        response = await world.Coordinator.PostAsJsonAsync($"{world.Root}/services", new { institutionId = Guid.NewGuid(), name = "Service", phone = "17", territories = Array.Empty<object>() }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "institutionId", "territories");
        Assert.StartsWith("0,0,0,0", await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Create_WithAPhoneNumberInTheDescription_Returns422AndSavesNothing()
    {
        var world = await app.WorldAsync();
        var body = new { institutionId = world.Own.Id, name = "Médiation", description = "Demander le 06 12 34 56 78 le soir", phone = "17", territories = new[] { new { commune = DirectoryTestData.Echirolles } } };
        await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Root}/services", body, Ct), HttpStatusCode.UnprocessableEntity, "description");
        Assert.StartsWith("0,0,0,0", await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task Delete_AsCoordinator_RemovesTheServiceAndItsCompetences()
    {
        var world = await app.WorldAsync();
        var (id, _) = await world.Partner.CreateServiceAsync(world, world.Own.Id);
        await world.Partner.AddAsync(world, id, "competences", new { problem = "occupation-halls" });
        Assert.Equal(HttpStatusCode.NoContent, (await world.Coordinator.DeleteAsync($"{world.Root}/services/{id}", Ct)).StatusCode);
        Assert.StartsWith("0,0,0,0", await app.DirectoryStateAsync(world.Partnership.Id));
    }

    [Fact]
    public async Task List_AsMemberOfAnotherPartnership_Returns403()
    {
        var world = await app.WorldAsync();
        var (_, _, stranger) = await app.MemberAsync(Coprod.Web.Modules.Partnerships.Domain.PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"{world.Root}/services", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"{world.Root}/services", Ct)).StatusCode);
    }
}
