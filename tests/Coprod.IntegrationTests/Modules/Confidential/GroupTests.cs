using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>CONF-1, CONF-2: a member's groups, the charter in force and its signature.</summary>
public sealed class GroupTests(AppFactory app)
{
    [Fact]
    public async Task MyGroups_AsMemberOfA_ListsOnlyA_WithStandingAndCharter()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var other = await world.AnotherGroupAsync();
        var (_, _, client) = await world.MemberAsync();
        await world.CaseAsync(world.Coordinator.Id);
        var groups = await OkAsync<JsonElement>(await client.GetAsync(world.Base() + "/groups", Ct));
        var only = Assert.Single(groups.EnumerateArray());
        Assert.Equal(world.Group.Id, only.GetProperty("id").GetGuid());
        Assert.Equal("Entitled", only.GetProperty("standing").GetString());
        Assert.Equal(1, only.GetProperty("charterVersion").GetInt32());
        Assert.True(only.GetProperty("signed").GetBoolean());
        Assert.Equal("Quartier Village Sud", only.GetProperty("territory").GetString());
        Assert.DoesNotContain(other.Id.ToString(), groups.GetRawText());
        Assert.DoesNotContain("case", groups.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MyGroups_ShowWhatIsMissing_TwoFactorThenSignature()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (_, _, noTwoFactor) = await world.MemberAsync(twoFactor: false);
        var (_, _, unsigned) = await world.MemberAsync(signed: false);
        Assert.Equal("TwoFactorRequired", (await OkAsync<JsonElement>(await noTwoFactor.GetAsync(world.Base() + "/groups", Ct)))[0].GetProperty("standing").GetString());
        var mine = (await OkAsync<JsonElement>(await unsigned.GetAsync(world.Base() + "/groups", Ct)))[0];
        Assert.Equal("CharterToSign", mine.GetProperty("standing").GetString());
        Assert.False(mine.GetProperty("signed").GetBoolean());
    }

    [Theory]
    [InlineData(PartnershipRole.Coordinateur)]
    [InlineData(PartnershipRole.President)]
    [InlineData(PartnershipRole.Partenaire)]
    public async Task MyGroups_AsNonMember_IsEmpty(PartnershipRole role)
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (_, client) = await world.OutsiderAsync(role);
        Assert.Equal(0, (await OkAsync<JsonElement>(await client.GetAsync(world.Base() + "/groups", Ct))).GetArrayLength());
        Assert.Equal(0, (await OkAsync<JsonElement>(await world.CoordinatorClient().GetAsync(world.Base() + "/groups", Ct))).GetArrayLength());
    }

    [Fact]
    public async Task ReadCharter_AsUnsignedMember_ReturnsTheVersionInForce()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (_, _, client) = await world.MemberAsync(signed: false);
        var charter = await OkAsync<JsonElement>(await client.GetAsync($"{world.Base()}/groups/{world.Group.Id}/charter", Ct));
        Assert.Equal(1, charter.GetProperty("charter").GetProperty("number").GetInt32());
        Assert.False(charter.GetProperty("signed").GetBoolean());
        Assert.Contains("Identity", charter.GetProperty("charter").GetProperty("categories").GetRawText());
    }

    [Fact]
    public async Task ReadCharter_AsCoordinatorOrMemberOfAnotherGroup_Returns404LikeAMissingGroup()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var other = await world.AnotherGroupAsync();
        var (_, _, otherMember) = await world.MemberAsync(inGroup: other);
        await GroupTestApi.NotFoundAsync(await world.CoordinatorClient().GetAsync($"{world.Base()}/groups/{world.Group.Id}/charter", Ct));
        await GroupTestApi.NotFoundAsync(await otherMember.GetAsync($"{world.Base()}/groups/{world.Group.Id}/charter", Ct));
        await GroupTestApi.NotFoundAsync(await otherMember.GetAsync($"{world.Base()}/groups/{Guid.NewGuid()}/charter", Ct));
    }

    [Fact]
    public async Task Sign_AsMemberWithTwoFactor_SignsOnce_Audits_AndOpensTheSeat()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (user, member, client) = await world.MemberAsync(signed: false);
        Assert.Null(await world.SeatAsync(user.Id));
        var url = $"{world.Base()}/groups/{world.Group.Id}/charter/signatures";
        var signed = await OkAsync<JsonElement>(await client.PostAsJsonAsync(url, new { version = 1 }, Ct));
        Assert.True(signed.GetProperty("signed").GetBoolean());
        await OkAsync<JsonElement>(await client.PostAsJsonAsync(url, new { version = 1 }, Ct));
        Assert.NotNull(await world.SeatAsync(user.Id));
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.Set<CharterSignature>().Count(s => s.MemberId == member.Id))));
        var audit = Assert.Single(await world.AuditAsync(AuditEventType.CharterSigned));
        Assert.Contains(member.Id.ToString(), audit.Details);
    }

    [Fact]
    public async Task Sign_WithoutTwoFactor_Returns403_AndSignsNothing()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (_, member, client) = await world.MemberAsync(twoFactor: false, signed: false);
        var body = await ProblemAsync(await client.PostAsJsonAsync($"{world.Base()}/groups/{world.Group.Id}/charter/signatures", new { version = 1 }, Ct),
            HttpStatusCode.Forbidden);
        Assert.Contains("double authentification", body.GetProperty("detail").GetString());
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Set<CharterSignature>().Any(s => s.MemberId == member.Id))));
    }

    [Fact]
    public async Task Sign_BadVersion_Returns409_MissingVersion_Returns400_NonMember_Returns404()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (_, member, client) = await world.MemberAsync(signed: false);
        var url = $"{world.Base()}/groups/{world.Group.Id}/charter/signatures";
        await ProblemAsync(await client.PostAsJsonAsync(url, new { version = 2 }, Ct), HttpStatusCode.Conflict);
        await ProblemAsync(await client.PostAsJsonAsync(url, new { }, Ct), HttpStatusCode.BadRequest, "version");
        await GroupTestApi.NotFoundAsync(await world.CoordinatorClient().PostAsJsonAsync(url, new { version = 1 }, Ct));
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Set<CharterSignature>().Any(s => s.MemberId == member.Id))));
    }

    [Fact]
    public async Task NewCharterVersion_LocksReadingUntilSignedAgain_AndMailsTheMembers()
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var (user, _, client) = await world.MemberAsync();
        Assert.NotNull(await world.SeatAsync(user.Id));
        var published = await OkAsync<JsonElement>(await world.CoordinatorClient().PostAsJsonAsync($"{world.Admin(world.Group.Id)}/charter",
            GroupTestApi.Charter(rules: ["Ne partager que le strict nécessaire.", "Informer la famille."]), Ct), HttpStatusCode.Created);
        Assert.Equal(2, published.GetProperty("charter").GetProperty("number").GetInt32());
        Assert.Null(await world.SeatAsync(user.Id));
        Assert.Equal("CharterToSign", (await OkAsync<JsonElement>(await client.GetAsync(world.Base() + "/groups", Ct)))[0].GetProperty("standing").GetString());
        var mail = Assert.Single(app.MailsTo(user.Email!));
        Assert.Contains("nouvelle version de la charte du groupe", mail.Subject, StringComparison.OrdinalIgnoreCase);
        await OkAsync<JsonElement>(await client.PostAsJsonAsync($"{world.Base()}/groups/{world.Group.Id}/charter/signatures", new { version = 2 }, Ct));
        Assert.Equal(2, (await world.SeatAsync(user.Id))!.Charter.Number);
        Assert.Single(await world.AuditAsync(AuditEventType.CharterPublished));
    }
}
