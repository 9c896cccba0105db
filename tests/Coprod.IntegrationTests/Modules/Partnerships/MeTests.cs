using System.Net;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Partnerships;

public sealed class MeTests(AppFactory app)
{
    [Fact]
    public async Task Me_Anonymous_Returns401()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Me_AsMember_ListsMembershipsWithRoles()
    {
        var (partnership, user, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var me = await OkAsync<JsonElement>(await client.GetAsync("/api/v1/me", Ct));
        Assert.Equal(user.Email, me.GetProperty("email").GetString());
        var membership = Assert.Single(me.GetProperty("memberships").EnumerateArray());
        Assert.Equal(partnership.Id, membership.GetProperty("partnershipId").GetGuid());
        Assert.Equal("Partenaire", membership.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Me_EndedMembership_IsNotListed()
    {
        var partnership = await app.CreatePartnershipAsync();
        var user = await app.CreateUserAsync();
        await app.GrantAsync(user, partnership, PartnershipRole.Agent, endsOn: DateOnly.FromDateTime(DateTime.UtcNow));
        var me = await OkAsync<JsonElement>(await app.ClientFor(user.Id).GetAsync("/api/v1/me", Ct));
        Assert.Empty(me.GetProperty("memberships").EnumerateArray());
    }

    [Fact]
    public async Task ListMine_ReturnsOnlyMyPartnerships()
    {
        var (mine, _, client) = await app.MemberAsync(PartnershipRole.Agent);
        var other = await app.CreatePartnershipAsync();
        var list = await OkAsync<JsonElement>(await client.GetAsync("/api/v1/partnerships", Ct));
        var ids = list.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([mine.Id], ids);
        Assert.DoesNotContain(other.Id, ids);
    }

    [Fact]
    public async Task ListMine_Anonymous_Returns401()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/partnerships", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListMine_AsAdmin_IsEmptyBecauseAdminsAreNotMembers()
    {
        await app.CreatePartnershipAsync();
        var admin = await app.CreateUserAsync(PlatformRole.Admin);
        var list = await OkAsync<JsonElement>(await app.ClientFor(admin.Id).GetAsync("/api/v1/partnerships", Ct));
        Assert.Empty(list.EnumerateArray());
    }
}
