using System.Net;
using System.Net.Http.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.Modules.Territory.TerritoryTestData;

namespace Coprod.IntegrationTests.Modules.Territory;

public sealed class RetireAreaTests(AppFactory app)
{
    private static string Url(Guid partnershipId, Guid areaId) => $"/api/v1/partnerships/{partnershipId}/areas/{areaId}/retire";

    private Task<Area> LoadAsync(Guid id) =>
        app.WithDbAsync(db => db.Set<Area>().AsNoTracking().SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Retire_AsCoordinator_ClosesTheAreaYesterdayAndAudits()
    {
        var (partnership, user, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2020-01-01")))[0];

        var response = await client.PostAsync(Url(partnership.Id, id), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), (await LoadAsync(id)).ValidUntil);
        var audit = (await app.AuditAsync(partnership.Id)).Last();
        Assert.Equal((AuditEventType.AreaRetired, user.Id, id.ToString()), (audit.Type, audit.ActorId, audit.TargetId));
        var now = await JsonAsync(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/areas", TestContext.Current.CancellationToken));
        Assert.Empty(now.GetProperty("areas").EnumerateArray());
    }

    [Fact]
    public async Task Retire_WithDateAndCurrentVersion_UsesTheDate()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2020-01-01")))[0];
        var version = (await LoadAsync(id)).Version;

        var response = await client.PostAsJsonAsync(Url(partnership.Id, id), new { validUntil = "2030-06-30", version }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new DateOnly(2030, 6, 30), (await LoadAsync(id)).ValidUntil);
    }

    [Fact]
    public async Task Retire_AreaNotYetStarted_CancelsIt()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await client.ImportOkAsync(partnership.Id, Area("Futur", validFrom: "2099-01-01")))[0];
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Url(partnership.Id, id), null, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(new DateOnly(2098, 12, 31), (await LoadAsync(id)).ValidUntil);
    }

    [Fact]
    public async Task Retire_WithStaleVersion_ReturnsConflictAndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2020-01-01")))[0];
        var before = await app.StateAsync(partnership.Id);

        var response = await client.PostAsJsonAsync(Url(partnership.Id, id), new { version = Guid.NewGuid() }, TestContext.Current.CancellationToken);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(before, await app.StateAsync(partnership.Id));
    }

    [Fact]
    public async Task Retire_AlreadyRetired_ReturnsConflict()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2020-01-01")))[0];
        await client.PostAsync(Url(partnership.Id, id), null, TestContext.Current.CancellationToken);
        await ApiAssert.ProblemAsync(await client.PostAsync(Url(partnership.Id, id), null, TestContext.Current.CancellationToken), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Retire_DateBeforeTheStart_ReturnsValidationProblemAndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2020-01-01")))[0];
        var before = await app.StateAsync(partnership.Id);
        var errors = await ValidationErrorsAsync(await client.PostAsJsonAsync(Url(partnership.Id, id), new { validUntil = "2019-01-01" }, TestContext.Current.CancellationToken));
        Assert.Equal(["validUntil"], errors.Keys);
        Assert.Equal(before, await app.StateAsync(partnership.Id));
    }

    [Fact]
    public async Task Retire_AreaOfAnotherPartnership_ReturnsNotFound()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var (other, _, otherClient) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await otherClient.ImportOkAsync(other.Id, Area("Centre")))[0];
        await ApiAssert.ProblemAsync(await client.PostAsync(Url(partnership.Id, id), null, TestContext.Current.CancellationToken), HttpStatusCode.NotFound);
        Assert.Null((await LoadAsync(id)).ValidUntil);
    }

    [Fact]
    public async Task Retire_AsPlainMember_ReturnsForbidden()
    {
        var (partnership, _, coordinator) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var id = (await coordinator.ImportOkAsync(partnership.Id, Area("Centre")))[0];
        var partner = await app.CreateUserAsync();
        await app.GrantAsync(partner, partnership, PartnershipRole.Partenaire);
        var response = await app.ClientFor(partner.Id).PostAsync(Url(partnership.Id, id), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await LoadAsync(id)).ValidUntil);
    }

    [Fact]
    public async Task Retire_AsNonMember_ReturnsForbidden()
    {
        var partnership = await app.CreatePartnershipAsync();
        var stranger = await app.CreateUserAsync();
        var response = await app.ClientFor(stranger.Id).PostAsync(Url(partnership.Id, Guid.NewGuid()), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Retire_Anonymous_ReturnsUnauthorized()
    {
        var partnership = await app.CreatePartnershipAsync();
        var response = await app.Anonymous().PostAsync(Url(partnership.Id, Guid.NewGuid()), null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
