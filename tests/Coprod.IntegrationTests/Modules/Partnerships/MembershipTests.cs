using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Partnerships;

public sealed class MembershipTests(AppFactory app)
{
    [Fact]
    public async Task ListMembers_AsAgent_SeesTheMembers()
    {
        var (partnership, user, client) = await app.MemberAsync(PartnershipRole.Agent);
        var list = await OkAsync<JsonElement>(await client.GetAsync($"/api/v1/partnerships/{partnership.Id}/memberships", Ct));
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("userId").GetGuid() == user.Id);
    }

    [Fact]
    public async Task ListMembers_AsNonMember_Returns403()
    {
        var partnership = await app.CreatePartnershipAsync();
        var outsider = await app.CreateUserAsync();
        var response = await app.ClientFor(outsider.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}/memberships", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Grant_AsCoordinator_InvitesAPersonWithoutAccount()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var institution = await app.CreateInstitutionAsync(partnership);
        var email = $"invite-{Guid.NewGuid():N}@exemple.fr";
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships",
            new { email, displayName = "Nouvelle partenaire", role = "Partenaire", institutionId = institution.Id }, Ct);
        var body = await OkAsync<JsonElement>(response, HttpStatusCode.Created);
        Assert.Equal("Partenaire", body.GetProperty("role").GetString());
        Assert.Single(app.MailsTo(email));
        var invited = body.GetProperty("userId").GetGuid();
        var me = await OkAsync<JsonElement>(await app.ClientFor(invited).GetAsync("/api/v1/me", Ct));
        Assert.Single(me.GetProperty("memberships").EnumerateArray());
    }

    [Fact]
    public async Task Grant_AsPartner_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Partenaire);
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships", new { email = "a@b.fr", role = "Agent" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Grant_WithBadEmailAndRole_ListsBothFieldsAndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var before = await CountMembershipsAsync(partnership.Id);
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships", new { email = "pas-une-adresse" }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "email", "role");
        Assert.Equal(before, await CountMembershipsAsync(partnership.Id));
    }

    [Fact]
    public async Task Grant_WithInstitutionOfAnotherPartnership_IsRefused()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var foreign = await app.CreateInstitutionAsync(await app.CreatePartnershipAsync());
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships",
            new { email = $"x-{Guid.NewGuid():N}@exemple.fr", role = "Agent", institutionId = foreign.Id }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "institutionId");
    }

    [Fact]
    public async Task Change_AsCoordinator_ChangesRoleAndAudits()
    {
        var (partnership, coordinator, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var member = await app.GrantAsync(await app.CreateUserAsync(), partnership, PartnershipRole.Agent);
        var version = await VersionAsync(member.Id);
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships/{member.Id}", new { role = "Partenaire", version }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(PartnershipRole.Partenaire, await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.Id == member.Id).Select(m => m.Role).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditRecord>().AnyAsync(r => r.Type == AuditEventType.MembershipRoleChanged && r.TargetId == member.Id.ToString() && r.ActorId == coordinator.Id)));
    }

    [Fact]
    public async Task Change_AsAgent_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Agent);
        var member = await app.GrantAsync(await app.CreateUserAsync(), partnership, PartnershipRole.Agent);
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships/{member.Id}", new { role = "Coordinateur", version = Guid.Empty }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Change_WithStaleVersion_Returns409()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var member = await app.GrantAsync(await app.CreateUserAsync(), partnership, PartnershipRole.Agent);
        var response = await client.PutAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships/{member.Id}", new { role = "Partenaire", version = Guid.NewGuid() }, Ct);
        await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(PartnershipRole.Agent, await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.Id == member.Id).Select(m => m.Role).SingleAsync()));
    }

    [Fact]
    public async Task End_AsCoordinator_RevokesAccessAtOnce()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var leaver = await app.CreateUserAsync();
        var member = await app.GrantAsync(leaver, partnership, PartnershipRole.Partenaire);
        Assert.Equal(HttpStatusCode.OK, (await app.ClientFor(leaver.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}/memberships", Ct)).StatusCode);
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships/{member.Id}/end", new { version = await VersionAsync(member.Id) }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientFor(leaver.Id).GetAsync($"/api/v1/partnerships/{partnership.Id}/memberships", Ct)).StatusCode);
    }

    [Fact]
    public async Task End_TheLastCoordinator_IsRefused()
    {
        var partnership = await app.CreatePartnershipAsync();
        var coordinator = await app.CreateUserAsync();
        var membership = await app.GrantAsync(coordinator, partnership, PartnershipRole.Coordinateur);
        var response = await app.ClientFor(coordinator.Id).PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships/{membership.Id}/end",
            new { version = await VersionAsync(membership.Id) }, Ct);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "endsOn");
        Assert.Null(await app.WithDbAsync(db => db.Set<Membership>().Where(m => m.Id == membership.Id).Select(m => m.EndsOn).SingleAsync()));
    }

    [Fact]
    public async Task End_AsPresident_Returns403()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.President);
        var member = await app.GrantAsync(await app.CreateUserAsync(), partnership, PartnershipRole.Agent);
        var response = await client.PostAsJsonAsync($"/api/v1/partnerships/{partnership.Id}/memberships/{member.Id}/end", new { version = Guid.Empty }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private Task<int> CountMembershipsAsync(Guid partnershipId) =>
        app.WithDbAsync(db => db.Set<Membership>().CountAsync(m => m.PartnershipId == partnershipId));

    private Task<Guid> VersionAsync(Guid membershipId) =>
        app.WithDbAsync(db => db.Set<Membership>().Where(m => m.Id == membershipId).Select(m => m.Version).SingleAsync());
}
