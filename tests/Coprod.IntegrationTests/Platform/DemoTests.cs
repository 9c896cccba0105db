using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Tests.Shared;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform;

/// <summary>A host of its own, started with the demo.</summary>
public sealed class DemoHost : IAsyncLifetime
{
    public AppFactory App { get; } = new() { SeedDemo = true };

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>What a new user finds in the demo, through the real sign-in and API.</summary>
public sealed class DemoTests(DemoHost host) : IClassFixture<DemoHost>
{
    private readonly AppFactory _demo = host.App;

    private async Task<HttpClient> SignInAsync(string email)
    {
        var login = await _demo.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoModule.Password, twoFactorCode = Totp.Code(DemoData.ConfidentialTotpKey) }, Ct);
        var token = (await OkAsync<JsonElement>(login)).GetProperty("accessToken").GetString();
        var client = _demo.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Coordinator_SeesBothDemoPartnershipsAndTheirCompliance()
    {
        var client = await SignInAsync("coordination@demo.coprod.fr");
        var mine = await OkAsync<JsonElement>(await client.GetAsync("/api/v1/partnerships", Ct));
        Assert.Equal(["Échirolles (démo)", "Grenoble-Alpes Métropole (démo)"], mine.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var metropole = mine.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "Cispd").GetProperty("id").GetGuid();
        var compliance = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{metropole}/compliance", Ct));
        Assert.Contains(compliance.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("code").GetString() == "CDDF" && o.GetProperty("status").GetString() == "NotMet");
    }

    [Fact]
    public async Task EveryDemoAccount_SignsInWithThePublishedPassword()
    {
        foreach (var email in new[] { "maire", "prefecture", "parquet", "police-nationale", "police-municipale", "bailleur", "educatrice", "mediateur", "departement", "admin" })
        {
            var me = await OkAsync<JsonElement>(await (await SignInAsync($"{email}@demo.coprod.fr")).GetAsync("/api/v1/me", Ct));
            Assert.Equal($"{email}@demo.coprod.fr", me.GetProperty("email").GetString());
        }
    }

    [Fact]
    public async Task Admin_IsNotAMemberButManagesTheTenants()
    {
        var admin = await SignInAsync("admin@demo.coprod.fr");
        Assert.Empty((await OkAsync<JsonElement>(await admin.GetAsync("/api/v1/partnerships", Ct))).EnumerateArray());
        Assert.Equal(2, (await OkAsync<JsonElement>(await admin.GetAsync("/api/v1/admin/partnerships", Ct))).GetArrayLength());
    }

    [Fact]
    public async Task Demo_HasADirectoryWithAccountsLinked_AndOneFormerCoordinator()
    {
        var agent = await SignInAsync("mediateur@demo.coprod.fr");
        var partnerships = await OkAsync<JsonElement>(await agent.GetAsync("/api/v1/partnerships", Ct));
        var echirolles = partnerships.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Échirolles (démo)").GetProperty("id").GetGuid();
        var inPost = await OkAsync<JsonElement>(await agent.GetAsync($"/api/v1/partnerships/{echirolles}/directory/people", Ct));
        var all = await OkAsync<JsonElement>(await agent.GetAsync($"/api/v1/partnerships/{echirolles}/directory/people?includeFormer=true", Ct));
        Assert.Equal((12, 13), (inPost.GetArrayLength(), all.GetArrayLength()));
        var mediator = inPost.EnumerateArray().Single(p => p.GetProperty("email").GetString() == "mediateur@demo.coprod.fr");
        Assert.Equal(["Agent"], mediator.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Demo_HasAreasAndAnIntactAuditTrail()
    {
        await using var scope = _demo.Services.CreateAsyncScope();
        Assert.True(await _demo.WithDbAsync(db => db.Set<Area>().CountAsync(a => a.Kind == AreaKind.Qpv)) >= 5);
        Assert.True(await _demo.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.Type == AuditEventType.MembershipGranted)));
        Assert.True((await scope.ServiceProvider.GetRequiredService<VerifyAuditChain.Handler>().HandleAsync(Ct)).IsIntact);
    }

    [Fact]
    public async Task FieldAgent_IsRefusedTheCoordinatorsAuditTrail()
    {
        var agent = await SignInAsync("mediateur@demo.coprod.fr");
        var partnership = await _demo.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Kind == PartnershipKind.Clspd).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/v1/partnerships/{partnership}/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task Demo_InProduction_RefusesToStart()
    {
        await using var production = new AppFactory { SeedDemo = true, EnvironmentName = "Production" };
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await production.InitializeAsync());
        Assert.Contains("Production", error.ToString());
    }

    [Fact]
    public async Task Echirolles_HasItsGovernance_AndThePlenaryMetWithinAYear()
    {
        var client = await SignInAsync("coordination@demo.coprod.fr");
        var partnership = await _demo.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Kind == PartnershipKind.Clspd).Select(p => p.Id).SingleAsync());
        var bodies = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership}/governance/bodies", Ct));
        Assert.Equal(["Plenary", "RestrictedFormation", "ThematicGroup", "CelluleDeVeille", "Gltd"], bodies.EnumerateArray().Select(b => b.GetProperty("kind").GetString()));
        var compliance = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership}/compliance", Ct));
        Assert.Contains(compliance.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("code").GetString() == "PLENIERE_ANNUELLE" && o.GetProperty("status").GetString() == "Met");
    }

    [Fact]
    public async Task Echirolles_HasLateDecisions_OwnedByTheLandlordTheSchoolsAndTheMunicipalPolice()
    {
        var client = await SignInAsync("coordination@demo.coprod.fr");
        var partnership = await _demo.WithDbAsync(db => db.Set<Partnership>().Where(p => p.Kind == PartnershipKind.Clspd).Select(p => p.Id).SingleAsync());
        var all = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership}/governance/decisions", Ct));
        Assert.Equal(8, all.GetArrayLength());
        Assert.Single(all.EnumerateArray(), d => d.GetProperty("status").GetString() == "Abandoned");
        var late = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership}/governance/decisions?late=true", Ct));
        Assert.Equal([150, 30, 12], late.EnumerateArray().Select(d => d.GetProperty("daysLate").GetInt32()));
        Assert.All(late.EnumerateArray(), d => Assert.NotEqual("—", d.GetProperty("ownerInstitutionName").GetString()));
    }
}
