using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Platform;

public sealed class AuditTests(AppFactory app)
{
    [Fact]
    public async Task Read_AsCoordinator_ShowsThePartnershipsEventsOnly()
    {
        var (partnership, coordinator, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/institutions", new { name = "Police municipale", type = "PoliceMunicipale" }, Ct);
        var (other, _, otherClient) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await otherClient.PostAsJsonAsync($"/api/v1/partnerships/{other.Id}/institutions", new { name = "Ailleurs", type = "Association" }, Ct);

        var page = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/audit", Ct));
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("InstitutionCreated", item.GetProperty("type").GetString());
        Assert.Equal(coordinator.Id, item.GetProperty("actorId").GetGuid());
    }

    [Fact]
    public async Task Read_AsPresident_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.President);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task Read_WithLimitOutOfRange_ReturnsValidationProblem()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await ProblemAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/audit?limit=0", Ct), HttpStatusCode.BadRequest, "limit");
    }

    [Fact]
    public async Task Verify_AsAdmin_FindsTheChainIntact()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/institutions", new { name = "Une", type = "Association" }, Ct);
        var admin = await app.CreateUserAsync(PlatformRole.Admin);
        var result = await OkAsync<JsonElement>(await app.ClientFor(admin.Id).GetAsync("/api/v1/admin/audit/verify", Ct));
        Assert.True(result.GetProperty("isIntact").GetBoolean());
        Assert.True(result.GetProperty("count").GetInt64() >= 1);
    }

    [Fact]
    public async Task Verify_AsCoordinator_Returns403()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/admin/audit/verify", Ct)).StatusCode);
    }

    [Fact]
    public async Task Verify_AfterARecordIsEditedOrDeleted_ReportsWhere()
    {
        // A private host: tampering must not disturb the shared chain of the other tests.
        await using var own = new AppFactory();
        await own.InitializeAsync();
        var (partnership, _, client) = await own.MemberAsync(PartnershipRole.Coordinateur);
        foreach (var name in new[] { "A", "B", "C" })
        {
            await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/institutions", new { name, type = "Association" }, Ct);
        }
        await using var scope = own.Services.CreateAsyncScope();
        var verify = scope.ServiceProvider.GetRequiredService<VerifyAuditChain.Handler>();
        Assert.True((await verify.HandleAsync(Ct)).IsIntact);

        await own.WithDbAsync(db => db.Set<AuditRecord>().Where(r => r.Sequence == 2).ExecuteUpdateAsync(s => s.SetProperty(r => r.Details, "{}"), Ct));
        var edited = await verify.HandleAsync(Ct);
        Assert.False(edited.IsIntact);
        Assert.Equal(2, edited.BrokenAt);

        await own.WithDbAsync(db => db.Set<AuditRecord>().Where(r => r.Sequence == 2).ExecuteDeleteAsync(Ct));
        var deleted = await verify.HandleAsync(Ct);
        Assert.False(deleted.IsIntact);
        Assert.Equal(2, deleted.BrokenAt);
    }
}
