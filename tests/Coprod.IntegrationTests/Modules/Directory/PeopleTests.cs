using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Territory;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Directory;

/// <summary>DIR-2: the directory's people, their hand-over when they leave.</summary>
public sealed class PeopleTests(AppFactory app)
{
    private static string People(Partnership p) => $"/api/v1/partnerships/{p.Id}/directory/people";

    private static object Person(Guid institutionId, string last = "Martin", string? email = null) => new
    {
        firstName = "Anne",
        lastName = last,
        function = "Cheffe de service",
        institutionId,
        email,
        phone = "04 76 12 34 56",
        communes = new[] { "38151" },
        startsOn = "2025-01-06",
    };

    [Fact]
    public async Task Create_AsCoordinator_AddsThePerson_AndAgentsReadIt()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var institution = await app.CreateInstitutionAsync(partnership);
        var created = await OkAsync<JsonElement>(await client.PostAsJsonAsync(People(partnership), Person(institution.Id), Ct), HttpStatusCode.Created);
        Assert.Equal("Martin", created.GetProperty("lastName").GetString());

        var agent = await app.CreateUserAsync();
        await app.GrantAsync(agent, partnership, PartnershipRole.Agent);
        var list = await OkAsync<JsonElement>(await app.ClientFor(agent.Id).GetAsync(People(partnership), Ct));
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(institution.Name, item.GetProperty("institutionName").GetString());
        Assert.Equal(["38151"], item.GetProperty("communes").EnumerateArray().Select(c => c.GetString()));
        Assert.Single(await AuditAsync(partnership.Id, AuditEventType.PersonAdded));
    }

    [Fact]
    public async Task Create_AsAgent_Returns403_AndOtherPartnershipsSeeNothing()
    {
        var (partnership, _, agent) = await app.MemberAsync(PartnershipRole.Agent);
        var institution = await app.CreateInstitutionAsync(partnership);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync(People(partnership), Person(institution.Id), Ct)).StatusCode);
        var (_, _, stranger) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(People(partnership), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(People(partnership), Ct)).StatusCode);
    }

    [Fact]
    public async Task Create_WithBadFields_ListsThemAndSavesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var other = await app.CreatePartnershipAsync();
        var foreign = await app.CreateInstitutionAsync(other);
        var response = await client.PostAsJsonAsync(People(partnership), new
        {
            firstName = "",
            lastName = "Martin",
            function = "Médiatrice",
            institutionId = foreign.Id,
            email = "pas-une-adresse",
            phone = "12",
            communes = new[] { "75056" },
            startsOn = "2025-01-06",
        }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "firstName", "institutionId", "email", "phone", "communes");
        Assert.False(await app.WithDbAsync(db => db.Set<DirectoryPerson>().AnyAsync(p => p.PartnershipId == partnership.Id)));
    }

    [Fact]
    public async Task Update_AsCoordinator_ChangesTheFunction_AStaleVersionIs409_AndAgentsAre403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var institution = await app.CreateInstitutionAsync(partnership);
        var person = await OkAsync<JsonElement>(await client.PostAsJsonAsync(People(partnership), Person(institution.Id), Ct), HttpStatusCode.Created);
        var url = $"{People(partnership)}/{person.GetProperty("id").GetGuid()}";
        object Body(Guid version, string function) => new { firstName = "Anne", lastName = "Martin", function, institutionId = institution.Id, communes = Array.Empty<string>(), startsOn = "2025-01-06", version };

        var version = (await OkAsync<JsonElement>(await client.PutAsJsonAsync(url, Body(person.GetProperty("version").GetGuid(), "Directrice"), Ct))).GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync(url, Body(person.GetProperty("version").GetGuid(), "Autre"), Ct)).StatusCode);
        await ProblemAsync(await client.PutAsJsonAsync(url, Body(version, ""), Ct), HttpStatusCode.BadRequest, "function");
        Assert.Equal("Directrice", await app.WithDbAsync(db => db.Set<DirectoryPerson>().Where(p => p.PartnershipId == partnership.Id).Select(p => p.Function).SingleAsync()));

        var agent = await app.CreateUserAsync();
        await app.GrantAsync(agent, partnership, PartnershipRole.Agent);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(agent.Id).PutAsJsonAsync(url, Body(Guid.Empty, "X"), Ct)).StatusCode);
    }

    [Fact]
    public async Task Leave_WithAMembership_NeedsASuccessor_ThenHandsTheSeatOver()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var institution = await app.CreateInstitutionAsync(partnership);
        var leaving = await app.CreateUserAsync();
        var successor = await app.CreateUserAsync();
        await app.GrantAsync(leaving, partnership, PartnershipRole.Partenaire, institution.Id);
        var leavingPerson = await OkAsync<JsonElement>(await client.PostAsJsonAsync(People(partnership), Person(institution.Id, "Départ", leaving.Email), Ct), HttpStatusCode.Created);
        var successorPerson = await OkAsync<JsonElement>(await client.PostAsJsonAsync(People(partnership), Person(institution.Id, "Relève", successor.Email), Ct), HttpStatusCode.Created);
        var id = leavingPerson.GetProperty("id").GetGuid();
        Assert.True(leavingPerson.GetProperty("hasAccount").GetBoolean());

        var items = await OkAsync<JsonElement>(await client.GetAsync($"{People(partnership)}/{id}/open-items", Ct));
        Assert.Equal("membership", Assert.Single(items.EnumerateArray()).GetProperty("kind").GetString());

        var version = leavingPerson.GetProperty("version").GetGuid();
        var refused = await client.PostAsJsonAsync($"{People(partnership)}/{id}/leave", new { endsOn = "2026-12-01", version }, Ct);
        await ProblemAsync(refused, HttpStatusCode.BadRequest, "successorId");

        var done = await client.PostAsJsonAsync($"{People(partnership)}/{id}/leave",
            new { endsOn = "2026-12-01", successorId = successorPerson.GetProperty("id").GetGuid(), version }, Ct);
        Assert.Equal(1, (await OkAsync<JsonElement>(done)).GetProperty("handedOver").GetInt32());
        var memberships = await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.PartnershipId == partnership.Id && m.Role == PartnershipRole.Partenaire).ToListAsync());
        Assert.Equal(new DateOnly(2026, 12, 1), memberships.Single(m => m.UserId == leaving.Id).EndsOn);
        var handed = memberships.Single(m => m.UserId == successor.Id);
        Assert.Equal((institution.Id, new DateOnly(2026, 12, 1), (DateOnly?)null), (handed.InstitutionId!.Value, handed.StartsOn, handed.EndsOn));
        Assert.Single(await AuditAsync(partnership.Id, AuditEventType.PersonLeft));
    }

    [Fact]
    public async Task Leave_ToASuccessorWithoutAccount_IsRefused_AndNothingChanges()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var institution = await app.CreateInstitutionAsync(partnership);
        var leaving = await app.CreateUserAsync();
        await app.GrantAsync(leaving, partnership, PartnershipRole.Agent, institution.Id);
        var person = await OkAsync<JsonElement>(await client.PostAsJsonAsync(People(partnership), Person(institution.Id, "Départ", leaving.Email), Ct), HttpStatusCode.Created);
        var noAccount = await OkAsync<JsonElement>(await client.PostAsJsonAsync(People(partnership), Person(institution.Id, "Sans compte"), Ct), HttpStatusCode.Created);

        var response = await client.PostAsJsonAsync($"{People(partnership)}/{person.GetProperty("id").GetGuid()}/leave",
            new { endsOn = "2026-12-01", successorId = noAccount.GetProperty("id").GetGuid(), version = person.GetProperty("version").GetGuid() }, Ct);

        await ProblemAsync(response, HttpStatusCode.BadRequest, "successorId");
        Assert.Null(await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.UserId == leaving.Id).Select(m => m.EndsOn).SingleAsync()));
        Assert.Null(await app.WithDbAsync(db => db.Set<DirectoryPerson>().Where(p => p.LastName == "Départ" && p.PartnershipId == partnership.Id).Select(p => p.EndsOn).SingleAsync()));
    }

    [Fact]
    public async Task Leave_WithNothingOpen_NeedsNoSuccessor_AndAStaleVersionIs409()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var institution = await app.CreateInstitutionAsync(partnership);
        var person = await OkAsync<JsonElement>(await client.PostAsJsonAsync(People(partnership), Person(institution.Id), Ct), HttpStatusCode.Created);
        var url = $"{People(partnership)}/{person.GetProperty("id").GetGuid()}/leave";

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync(url, new { endsOn = "2026-12-01", version = Guid.NewGuid() }, Ct)).StatusCode);
        await ProblemAsync(await client.PostAsJsonAsync(url, new { endsOn = "2024-01-01", version = person.GetProperty("version").GetGuid() }, Ct), HttpStatusCode.BadRequest, "endsOn");
        await OkAsync<JsonElement>(await client.PostAsJsonAsync(url, new { endsOn = "2026-12-01", version = person.GetProperty("version").GetGuid() }, Ct));

        // Leaving next month: still listed in post until then, with the day recorded.
        var inPost = await OkAsync<JsonElement>(await client.GetAsync(People(partnership), Ct));
        Assert.Equal("2026-12-01", Assert.Single(inPost.EnumerateArray()).GetProperty("endsOn").GetString());
    }

    [Fact]
    public async Task Leave_AsPartner_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var response = await client.PostAsJsonAsync($"{People(partnership)}/{Guid.NewGuid()}/leave", new { endsOn = "2026-12-01", version = Guid.NewGuid() }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{People(partnership)}/{Guid.NewGuid()}/open-items", Ct)).StatusCode);
    }

    private async Task<List<AuditRecord>> AuditAsync(Guid partnershipId, AuditEventType type) =>
        (await app.AuditAsync(partnershipId)).Where(r => r.Type == type).ToList();
}
