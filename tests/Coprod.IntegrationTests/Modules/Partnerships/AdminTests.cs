using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Partnerships;

public sealed class AdminTests(AppFactory app)
{
    private async Task<HttpClient> AdminAsync() => app.ClientFor((await app.CreateUserAsync(PlatformRole.Admin)).Id);

    [Fact]
    public async Task ListPartnerships_AsAdmin_SeesEveryTenant()
    {
        var partnership = await app.CreatePartnershipAsync();
        var list = await OkAsync<JsonElement>(await (await AdminAsync()).GetAsync("/api/v1/admin/partnerships", Ct));
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("id").GetGuid() == partnership.Id);
    }

    [Fact]
    public async Task ListPartnerships_AsCoordinator_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/partnerships", Ct)).StatusCode);
    }

    [Fact]
    public async Task ListPartnerships_AsAdminWithoutTwoFactor_Returns403()
    {
        var admin = await app.CreateUserAsync(PlatformRole.Admin, twoFactor: false);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(admin.Id).GetAsync("/api/v1/admin/partnerships", Ct)).StatusCode);
    }

    [Fact]
    public async Task ListPartnerships_Anonymous_Returns401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/admin/partnerships", Ct)).StatusCode);

    [Fact]
    public async Task CreatePartnership_AsAdmin_CreatesACispdOverItsCommunes()
    {
        // Rennes Métropole communes: a CISPD changes the CLSPD obligation of the communes it covers,
        // and the Territory tests expect Échirolles (the usual test commune) outside any CISPD.
        var name = $"CISPD test {Guid.NewGuid():N}";
        var response = await (await AdminAsync()).PostAsJsonAsync("/api/v1/admin/partnerships",
            new { kind = "Cispd", name, communes = new[] { "35238", "35051", "35281" }, epciSiren = "243500139" }, Ct);
        var body = await OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal(3, body.GetProperty("communes").GetArrayLength());
        Assert.True(body.GetProperty("population").GetInt32() > 200_000);
        Assert.True(await app.WithDbAsync(db => db.Set<Partnership>().AnyAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task CreatePartnership_WithUnknownCommune_ListsTheFieldAndCreatesNothing()
    {
        var name = $"Inconnu {Guid.NewGuid():N}";
        var response = await (await AdminAsync()).PostAsJsonAsync("/api/v1/admin/partnerships", new { kind = "Clspd", name, communes = new[] { "00000" } }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "communes[0]");
        Assert.False(await app.WithDbAsync(db => db.Set<Partnership>().AnyAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task CreatePartnership_WithMalformedJson_ReturnsProblem() =>
        await ProblemAsync(await (await AdminAsync()).PostAsync("/api/v1/admin/partnerships", RawJson("{\"kind\": \"Clspd\", "), Ct), HttpStatusCode.BadRequest);

    [Fact]
    public async Task CreatePartnership_WithOversizedBody_Returns413()
    {
        var huge = new string('x', 2 * 1024 * 1024);
        var response = await (await AdminAsync()).PostAsync("/api/v1/admin/partnerships", RawJson($"{{\"name\": \"{huge}\"}}"), Ct);
        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task CreatePartnership_AsCoordinator_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.PostAsJsonAsync("/api/v1/admin/partnerships", new { kind = "Clspd", name = "x", communes = new[] { "38151" } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task CreateAccount_AsAdmin_SendsAnInvitation()
    {
        var email = $"nouveau-{Guid.NewGuid():N}@exemple.fr";
        var response = await (await AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts", new { email, displayName = "Nouvel agent", platformRole = "None" }, Ct);
        await OkAsync<JsonElement>(response, HttpStatusCode.Created);
        var mail = Assert.Single(app.MailsTo(email));
        Assert.Contains("/compte/reinitialiser-mot-de-passe", mail.TextBody);
    }

    [Fact]
    public async Task CreateAccount_WithExistingEmail_IsRefused()
    {
        var existing = await app.CreateUserAsync();
        var response = await (await AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts", new { email = existing.Email, displayName = "Doublon" }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "email");
    }

    [Fact]
    public async Task CreateAccount_DepartementWithoutCode_IsRefused()
    {
        var response = await (await AdminAsync()).PostAsJsonAsync("/api/v1/admin/accounts",
            new { email = $"dep-{Guid.NewGuid():N}@exemple.fr", displayName = "Dép", platformRole = "Departement" }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "departementCode");
    }

    [Fact]
    public async Task CreateAccount_AsPartner_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var response = await client.PostAsJsonAsync("/api/v1/admin/accounts", new { email = "x@exemple.fr", displayName = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListAccounts_AsAdmin_FindsByEmail()
    {
        var user = await app.CreateUserAsync();
        var list = await OkAsync<JsonElement>(await (await AdminAsync()).GetAsync($"/api/v1/admin/accounts?q={user.Email}", Ct));
        Assert.Equal(user.Id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ListAccounts_AsCoordinator_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/accounts", Ct)).StatusCode);
    }

    [Fact]
    public async Task GrantFirstCoordinator_AsAdmin_MakesThePersonCoordinator()
    {
        var partnership = await app.CreatePartnershipAsync();
        var person = await app.CreateUserAsync();
        var response = await (await AdminAsync()).PostAsJsonAsync($"/api/v1/admin/partnerships/{partnership.Id}/memberships", new { email = person.Email, role = "Coordinateur" }, Ct);
        await OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(person.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task GrantFirstCoordinator_AsCoordinatorOfAnotherPartnership_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var other = await app.CreatePartnershipAsync();
        var response = await client.PostAsJsonAsync($"/api/v1/admin/partnerships/{other.Id}/memberships", new { email = "a@b.fr", role = "Coordinateur" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DisableAccount_AsAdmin_EndsAccessThenEnableRestoresIt()
    {
        var (partnership, user, _) = await app.MemberAsync(PartnershipRole.Partenaire);
        var admin = await AdminAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/accounts/{user.Id}/disable", null, Ct)).StatusCode);
        var stored = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.True(stored.LockoutEnd > DateTimeOffset.UtcNow.AddYears(100));
        Assert.NotEqual(user.SecurityStamp, stored.SecurityStamp);
        var memberClient = app.ClientFor(user.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await memberClient.GetAsync($"/api/v1/partnerships/{partnership.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/accounts/{user.Id}/enable", null, Ct)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync($"/api/v1/partnerships/{partnership.Id}/memberships", Ct)).StatusCode);
    }

    [Fact]
    public async Task DisableAccount_Unknown_Returns404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await (await AdminAsync()).PostAsync($"/api/v1/admin/accounts/{Guid.NewGuid()}/disable", null, Ct)).StatusCode);

    [Fact]
    public async Task DisableAccount_AsCoordinator_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var victim = await app.CreateUserAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/admin/accounts/{victim.Id}/disable", null, Ct)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == victim.Id).Select(u => u.LockoutEnd).SingleAsync()));
    }
}
