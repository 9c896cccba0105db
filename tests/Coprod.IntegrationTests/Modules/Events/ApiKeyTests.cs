using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-4: institution API keys — issued by the coordinator, hashed at rest, scoped, revocable at once.</summary>
public sealed class ApiKeyTests(AppFactory app)
{
    [Fact]
    public async Task Create_AsCoordinator_ShowsTheSecretOnce_AndStoresOnlyItsHash()
    {
        var world = await CreateAsync(app);
        var response = await world.Coordinator.PostAsJsonAsync($"{world.Base}/api-keys", new { name = "Main courante PM", institutionId = world.PoliceMunicipale.Id }, Ct);
        var created = await OkAsync<JsonElement>(response, HttpStatusCode.Created);
        var secret = created.GetProperty("secret").GetString()!;
        var key = created.GetProperty("key");

        Assert.Equal(43, secret.Length); // 32 bytes in base64url
        Assert.Equal(secret[..8], key.GetProperty("prefix").GetString());
        Assert.Equal("Police municipale", key.GetProperty("institution").GetString());
        var stored = await app.WithDbAsync(db => db.Set<InstitutionApiKey>().SingleAsync(k => k.PartnershipId == world.Partnership.Id, Ct));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.SecretHash);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(stored));

        var audit = await app.WithDbAsync(db => db.Set<AuditRecord>().SingleAsync(r => r.PartnershipId == world.Partnership.Id && r.Type == AuditEventType.EventApiKeyCreated, Ct));
        Assert.DoesNotContain(secret[..8], audit.Details ?? "");
    }

    [Fact]
    public async Task List_AsCoordinator_ShowsThePrefixButNeverTheSecret()
    {
        var world = await CreateAsync(app);
        var (id, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);

        var response = await world.Coordinator.GetAsync($"{world.Base}/api-keys", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(secret, text);
        var key = Assert.Single(JsonDocument.Parse(text).RootElement.EnumerateArray());
        Assert.Equal(id, key.GetProperty("id").GetGuid());
        Assert.Equal(secret[..8], key.GetProperty("prefix").GetString());
        Assert.False(key.TryGetProperty("secret", out _));
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.Agent)]
    public async Task Manage_AsOtherRole_Returns403(PartnershipRole role)
    {
        var world = await CreateAsync(app);
        var (id, _) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);
        var client = await MemberAsync(app, world.Partnership, role, world.PoliceMunicipale.Id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"{world.Base}/api-keys", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{world.Base}/api-keys", new { name = "x", institutionId = world.PoliceMunicipale.Id }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{world.Base}/api-keys/{id}/revoke", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task Create_WithBadInput_Returns400_AndCreatesNothing()
    {
        var world = await CreateAsync(app);
        var other = await CreateAsync(app);
        async Task BadAsync(object body, string field) =>
            await ProblemAsync(await world.Coordinator.PostAsJsonAsync($"{world.Base}/api-keys", body, Ct), HttpStatusCode.BadRequest, field);

        await BadAsync(new { name = "", institutionId = world.PoliceMunicipale.Id }, "name");
        await BadAsync(new { name = new string('n', 101), institutionId = world.PoliceMunicipale.Id }, "name");
        await BadAsync(new { name = "Clé" }, "institutionId");
        await BadAsync(new { name = "Clé", institutionId = other.PoliceMunicipale.Id }, "institutionId");
        Assert.False(await app.WithDbAsync(db => db.Set<InstitutionApiKey>().AnyAsync(k => k.PartnershipId == world.Partnership.Id, Ct)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Key_ReportsAnEvent_AttributedToItsInstitution(bool authorizationHeader)
    {
        var world = await CreateAsync(app);
        var (id, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);

        var created = await world.ReportOkAsync(app.KeyClient(secret, authorizationHeader));

        Assert.Equal("Police municipale", created.GetProperty("reportingInstitution").GetString());
        Assert.Equal("ApiKey", created.GetProperty("source").GetString());
        Assert.False(created.GetProperty("reportedByMe").GetBoolean());
        var stored = await app.WithDbAsync(db => db.Set<SafetyEvent>().SingleAsync(e => e.PartnershipId == world.Partnership.Id, Ct));
        Assert.Equal((world.PoliceMunicipale.Id, id, (Guid?)null, EventSource.ApiKey), (stored.ReportingInstitutionId, stored.ApiKeyId!.Value, stored.AuthorUserId, stored.Source));
        var used = await app.WithDbAsync(db => db.Set<InstitutionApiKey>().SingleAsync(k => k.Id == id, Ct));
        Assert.NotNull(used.LastUsedAt);
    }

    [Fact]
    public async Task Key_ForAnotherInstitutionThanItsOwn_Returns400()
    {
        var world = await CreateAsync(app);
        var (_, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);
        await ProblemAsync(await world.PostAsync(app.KeyClient(secret), With(Report(), "institutionId", world.Mediation.Id)), HttpStatusCode.BadRequest, "institutionId");
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Key_Revoked_IsRefusedAtOnce()
    {
        var world = await CreateAsync(app);
        var (id, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);
        var client = app.KeyClient(secret);
        await world.ReportOkAsync(client);

        var revoked = await OkAsync<JsonElement>(await world.Coordinator.PostAsync($"{world.Base}/api-keys/{id}/revoke", null, Ct));
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("revokedAt").ValueKind);

        Assert.Equal(HttpStatusCode.Unauthorized, (await world.PostAsync(client, Report())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.PostBatchAsync(client, IngestTestData.Reports(2))).StatusCode);
        Assert.Equal(1, await world.CountAsync());
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.PartnershipId == world.Partnership.Id && r.Type == AuditEventType.EventApiKeyRevoked, Ct)));
        // Revoking again changes nothing; an unknown key is not found.
        await OkAsync<JsonElement>(await world.Coordinator.PostAsync($"{world.Base}/api-keys/{id}/revoke", null, Ct));
        await ProblemAsync(await world.Coordinator.PostAsync($"{world.Base}/api-keys/{Guid.NewGuid()}/revoke", null, Ct), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-key")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Key_UnknownOrMalformed_Returns401(string secret)
    {
        var world = await CreateAsync(app);
        await world.CreateKeyAsync(world.PoliceMunicipale.Id);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"ApiKey {secret}");
        var response = await world.PostAsync(client, Report());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Key_OfAnotherPartnership_Returns403()
    {
        var world = await CreateAsync(app);
        var other = await CreateAsync(app);
        var (_, secret) = await other.CreateKeyAsync(other.PoliceMunicipale.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.PostAsync(app.KeyClient(secret), Report())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.PostBatchAsync(app.KeyClient(secret), IngestTestData.Reports(1))).StatusCode);
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Key_OpensOnlyTheIngestRoutes_NoOtherApiRouteAndNoPage()
    {
        var world = await CreateAsync(app);
        var (id, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);
        var created = await world.ReportOkAsync(app.KeyClient(secret));
        var client = app.KeyClient(secret);

        foreach (var url in new[]
        {
            world.Base, $"{world.Base}/{created.GetProperty("id").GetGuid()}", $"{world.Base}/categories", $"{world.Base}/api-keys",
            $"/api/v1/partnerships/{world.Partnership.Id}/events.csv", $"/api/v1/partnerships/{world.Partnership.Id}/events.geojson",
            $"/api/v1/partnerships/{world.Partnership.Id}", "/api/v1/me",
        })
        {
            Assert.True((await client.GetAsync(url, Ct)).StatusCode == HttpStatusCode.Unauthorized, url);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync($"{world.Base}/api-keys/{id}/revoke", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.ImportCsvAsync(client, "categorie;date;gravite\n", dryRun: true)).StatusCode);
        var page = await client.GetAsync($"/p/{world.Partnership.Id}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/compte/connexion", page.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Key_IdempotencyKeys_AreItsOwn_ApartFromAPersons()
    {
        var world = await CreateAsync(app);
        var (_, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);
        var key = Guid.NewGuid().ToString();
        var report = Report();

        var first = await OkAsync<JsonElement>(await world.PostAsync(app.KeyClient(secret), report, key), HttpStatusCode.Created);
        var retry = await OkAsync<JsonElement>(await world.PostAsync(app.KeyClient(secret), report, key), HttpStatusCode.Created);
        await OkAsync<JsonElement>(await world.PostAsync(world.Police, report, key), HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), retry.GetProperty("id").GetGuid());
        Assert.Equal(2, await world.CountAsync());
    }
}
