using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Territory.TerritoryTestData;

namespace Coprod.IntegrationTests.Modules.Privacy;

/// <summary>
/// PRIV-1 on every anonymous free-text field that exists: institution names, partnership names
/// (creation and update) and area names on import. Cases with a person need the person detector.
/// </summary>
public sealed class AnonymousNameTests(AppFactory app)
{
    private const string WithPhone = "Police municipale 06 12 34 56 78";
    private const string WithPerson = "Les Amis de Kevin Durand";
    private const string Reason = "c'est le nom d'une association";
    private const string Untouched = """{"areas":[],"revision":null,"audit":0}""";

    public static TheoryData<string> Targets => ["institution", "partnership-create", "partnership-update", "area-import"];

    /// <summary>One save through the API, what it answered, and how to tell whether it was stored.</summary>
    private sealed record Attempt(HttpResponseMessage Response, string Field, Guid? PartnershipId, Func<Task<bool>> StoredAsync);

    private Task<Attempt> SaveAsync(string target, string name, object? privacyOverride) => target switch
    {
        "institution" => CreateInstitutionAsync(name, privacyOverride),
        "partnership-create" => CreatePartnershipAsync(name, privacyOverride),
        "partnership-update" => UpdatePartnershipAsync(name, privacyOverride),
        "area-import" => ImportAreaAsync(name, privacyOverride),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    private async Task<Attempt> CreateInstitutionAsync(string name, object? privacyOverride)
    {
        var (p, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{p.Id}/institutions", new { name, type = "Association", privacyOverride }, Ct);
        return new(response, "name", p.Id, () => app.WithDbAsync(db => db.Set<Institution>().AnyAsync(i => i.PartnershipId == p.Id && i.Name == name)));
    }

    private async Task<Attempt> CreatePartnershipAsync(string name, object? privacyOverride)
    {
        // Names are not unique: a lowercase tag (never personal data) tells this test's partnership apart.
        var tagged = $"{name} ({Tag()})";
        var admin = app.ClientFor((await app.CreateUserAsync(PlatformRole.Admin)).Id);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/partnerships", new { kind = "Clspd", name = tagged, communes = new[] { "38151" }, privacyOverride }, Ct);
        var id = await app.WithDbAsync(db => db.Set<Partnership>().Where(x => x.Name == tagged).Select(x => (Guid?)x.Id).FirstOrDefaultAsync());
        return new(response, "name", id, () => Task.FromResult(id is not null));
    }

    private async Task<Attempt> UpdatePartnershipAsync(string name, object? privacyOverride)
    {
        var (p, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38151");
        var version = await app.WithDbAsync(db => db.Set<Partnership>().Where(x => x.Id == p.Id).Select(x => x.Version).SingleAsync());
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{p.Id}",
            new { name, status = "Active", communes = new[] { new { insee = "38151", opposesCispd = false } }, hasCddf = false, version, privacyOverride }, Ct);
        return new(response, "name", p.Id, () => app.WithDbAsync(db => db.Set<Partnership>().AnyAsync(x => x.Id == p.Id && x.Name == name)));
    }

    private async Task<Attempt> ImportAreaAsync(string name, object? privacyOverride)
    {
        var (p, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var body = JsonSerializer.Serialize(new { type = "FeatureCollection", features = new[] { Area(name) }, privacyOverride });
        var response = await client.ImportAsync(p.Id, body);
        return new(response, "features[0].properties.name", p.Id, () => app.WithDbAsync(db => db.Set<Area>().AnyAsync(a => a.PartnershipId == p.Id && a.Name == name)));
    }

    private static string Tag() => new(Guid.NewGuid().ToString("N").Select(c => (char)('a' + c % 26)).Take(10).ToArray());

    private Task<List<AuditRecord>> AuditAsync(Guid? partnershipId) => app.WithDbAsync(db =>
        db.Set<AuditRecord>().AsNoTracking().Where(r => r.PartnershipId == partnershipId).ToListAsync(Ct));

    private async Task AssertNothingStoredAsync(Attempt attempt)
    {
        Assert.False(await attempt.StoredAsync());
        if (attempt.PartnershipId is { } id)
        {
            Assert.Empty(await AuditAsync(id));
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_WithPhoneInName_Returns422ListingTheFindingAndStoresNothing(string target)
    {
        var attempt = await SaveAsync(target, WithPhone, null);

        var problem = await ProblemAsync(attempt.Response, HttpStatusCode.UnprocessableEntity, attempt.Field);
        Assert.Equal("Ce texte contient des données personnelles", problem.GetProperty("title").GetString());
        Assert.Contains("06 12 34 56 78", problem.GetProperty("detail").GetString());
        Assert.Contains("numéro de téléphone", problem.GetProperty("errors").GetProperty(attempt.Field)[0].GetString());
        var finding = Assert.Single(problem.GetProperty("findings").EnumerateArray());
        Assert.Equal((attempt.Field, "phone", 18, 14, "06 12 34 56 78", "numéro de téléphone"), (
            finding.GetProperty("field").GetString(), finding.GetProperty("kind").GetString(), finding.GetProperty("start").GetInt32(),
            finding.GetProperty("length").GetInt32(), finding.GetProperty("text").GetString(), finding.GetProperty("label").GetString()));
        Assert.False(problem.GetProperty("overridable").GetBoolean());
        await AssertNothingStoredAsync(attempt);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_WithPhoneAndAReason_IsStillRefused(string target)
    {
        var attempt = await SaveAsync(target, WithPhone, new { reason = "c'est le standard de la mairie" });

        var problem = await ProblemAsync(attempt.Response, HttpStatusCode.UnprocessableEntity, attempt.Field);
        Assert.Contains("jamais", problem.GetProperty("errors").GetProperty(attempt.Field)[0].GetString());
        Assert.False(problem.GetProperty("overridable").GetBoolean());
        await AssertNothingStoredAsync(attempt);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_WithPersonOnlyAndAReason_StoresAndAuditsWithoutTheName(string target)
    {
        var attempt = await SaveAsync(target, WithPerson, new { reason = Reason });

        Assert.True(attempt.Response.IsSuccessStatusCode, await attempt.Response.Content.ReadAsStringAsync(Ct));
        Assert.True(await attempt.StoredAsync());
        var overridden = Assert.Single(await AuditAsync(attempt.PartnershipId), r => r.Type == AuditEventType.PersonalDataOverridden);
        var details = JsonDocument.Parse(overridden.Details!).RootElement;
        Assert.Equal(attempt.Field, details.GetProperty("field").GetString());
        Assert.Equal(["person"], details.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(Reason, details.GetProperty("reason").GetString());
        Assert.DoesNotContain("Kevin", overridden.Details);
        Assert.DoesNotContain("Durand", overridden.Details);
        Assert.NotNull(overridden.TargetId);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Save_WithPersonAndAnEmptyReason_IsRefused(string target)
    {
        var attempt = await SaveAsync(target, WithPerson, new { reason = "  " });

        var problem = await ProblemAsync(attempt.Response, HttpStatusCode.UnprocessableEntity, attempt.Field, "privacyOverride.reason");
        Assert.True(problem.GetProperty("overridable").GetBoolean());
        Assert.Equal("person", Assert.Single(problem.GetProperty("findings").EnumerateArray()).GetProperty("kind").GetString());
        await AssertNothingStoredAsync(attempt);
    }

    /// <summary>The reason goes to the audit trail, so it may not repeat the name.</summary>
    [Fact]
    public async Task Save_WithPersonAndAReasonRepeatingTheName_IsRefused()
    {
        var attempt = await SaveAsync("institution", WithPerson, new { reason = "Durand est le nom de l'association" });

        await ProblemAsync(attempt.Response, HttpStatusCode.UnprocessableEntity, "privacyOverride.reason");
        await AssertNothingStoredAsync(attempt);
    }

    [Fact]
    public async Task Import_OneNameWithPhone_RefusesTheWholeFile()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.ImportAsync(partnership.Id, Collection(Area("Centre"), Area("Contact 06 12 34 56 78", lon: 5.70)));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "features[1].properties.name");
        Assert.False(problem.GetProperty("errors").TryGetProperty("features[0].properties.name", out _));
        Assert.Equal(Untouched, await app.StateAsync(partnership.Id));
    }

    [Fact]
    public async Task Update_KeepingAnUnchangedName_DoesNotCheckItAgain()
    {
        // A name stored before the guard existed is not made worse by a status change.
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38151");
        await app.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Id == partnership.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, WithPhone), Ct));
        var version = await app.WithDbAsync(db => db.Set<Partnership>().Where(x => x.Id == partnership.Id).Select(x => x.Version).SingleAsync());
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}",
            new { name = WithPhone, status = "Dormant", communes = new[] { new { insee = "38151" } }, hasCddf = false, version }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Import_WithPrivacyOverrideNotAnObject_ReturnsValidationProblem()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var body = JsonSerializer.Serialize(new { type = "FeatureCollection", features = new[] { Area("Centre") }, privacyOverride = "oui" });
        await ProblemAsync(await client.ImportAsync(partnership.Id, body), HttpStatusCode.BadRequest, "privacyOverride");
        Assert.Equal(Untouched, await app.StateAsync(partnership.Id));
    }
}
