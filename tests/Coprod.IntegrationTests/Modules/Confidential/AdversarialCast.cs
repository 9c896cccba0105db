using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>
/// One group with a charter in its second version, an entitled member and a case about « Léa
/// Martinez-Oudin », and everyone who must learn nothing of it: each partnership role outside the
/// group, a member of another group, members who lack 2FA, a signature, or a current signature,
/// members removed or excluded for a breach, a member whose partnership membership ended, the
/// platform admin, a département user, the coordinator of another partnership.
/// </summary>
public sealed class AdversarialCast
{
    public const string FollowedLastName = "Martinez-Oudin";
    public const string FollowedFirstName = "Léandra";

    public required ConfidentialWorld World { get; init; }
    public required HttpClient Member { get; init; }
    public required CoprodUser MemberUser { get; init; }
    public required ConfidentialCase Case { get; init; }
    public required ConfidentialGroup OtherGroup { get; init; }
    public required IReadOnlyList<(string Who, HttpClient Client, CoprodUser User)> Outsiders { get; init; }

    /// <summary>Those designated in the group whose designation still stands: the group may appear in their list, never its cases.</summary>
    public required IReadOnlySet<string> DesignatedButNotEntitled { get; init; }

    public Guid PartnershipId => World.Partnership.Id;

    public static async Task<AdversarialCast> CreateAsync(AppFactory app)
    {
        var world = await ConfidentialWorld.CreateAsync(app);
        var outsiders = new List<(string, HttpClient, CoprodUser)>();

        async Task Add(string who, Func<Task<(CoprodUser User, HttpClient Client)>> make)
        {
            var (user, client) = await make();
            outsiders.Add((who, client, user));
        }

        // Signed version 1 only, before version 2 is published below.
        await Add("membre dont la signature est ancienne", async () => { var m = await world.MemberAsync(); return (m.User, m.Client); });
        await world.App.WithDbAsync(async db =>
        {
            var first = await db.Set<CharterVersion>().SingleAsync(v => v.GroupId == world.Group.Id);
            db.Add(new CharterVersion
            {
                Id = Guid.NewGuid(),
                GroupId = world.Group.Id,
                Number = 2,
                Purpose = first.Purpose,
                Categories = [.. first.Categories],
                Rules = [.. first.Rules, "Aucune utilisation à d'autres fins."],
                PublishedBy = world.Coordinator.Id,
                PublishedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var (memberUser, _, member) = await world.MemberAsync();
        var found = await world.CaseAsync(memberUser.Id, FollowedLastName, FollowedFirstName);
        var otherGroup = await world.AnotherGroupAsync();

        await Add("coordinateur non membre", () => Task.FromResult((world.Coordinator, app.ClientFor(world.Coordinator.Id))));
        foreach (var role in new[] { PartnershipRole.President, PartnershipRole.Etat, PartnershipRole.Parquet, PartnershipRole.Partenaire, PartnershipRole.Agent })
        {
            await Add($"{role} non membre", () => world.OutsiderAsync(role));
        }
        await Add("membre d'un autre groupe", async () => { var m = await world.MemberAsync(inGroup: otherGroup); return (m.User, m.Client); });
        await Add("membre sans double authentification", async () => { var m = await world.MemberAsync(twoFactor: false); return (m.User, m.Client); });
        await Add("membre qui n'a pas signé la charte", async () => { var m = await world.MemberAsync(signed: false); return (m.User, m.Client); });
        await Add("membre retiré", async () => { var m = await world.MemberAsync(); await EndAsync(app, m.Member.Id, MemberEndReason.Removed); return (m.User, m.Client); });
        await Add("membre exclu pour manquement", async () => { var m = await world.MemberAsync(); await EndAsync(app, m.Member.Id, MemberEndReason.Breach); return (m.User, m.Client); });
        await Add("membre qui a quitté le partenariat", async () =>
        {
            var m = await world.MemberAsync();
            await app.WithDbAsync(async db =>
            {
                await db.Set<Membership>().Where(x => x.UserId == m.User.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndsOn, new DateOnly(2025, 1, 1)));
            });
            return (m.User, m.Client);
        });
        await Add("administrateur", async () => { var u = await app.CreateUserAsync(PlatformRole.Admin); return (u, app.ClientFor(u.Id)); });
        await Add("utilisateur départemental", async () =>
        {
            var u = await app.CreateUserAsync(PlatformRole.Departement, departementCode: "38", twoFactor: true);
            return (u, app.ClientFor(u.Id));
        });
        await Add("coordinateur d'un autre partenariat", async () =>
        {
            var (_, user, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
            return (user, client);
        });

        return new AdversarialCast
        {
            World = world,
            Member = member,
            MemberUser = memberUser,
            Case = found,
            OtherGroup = otherGroup,
            Outsiders = outsiders,
            DesignatedButNotEntitled = new HashSet<string>
            {
                "membre dont la signature est ancienne", "membre sans double authentification", "membre qui n'a pas signé la charte",
            },
        };
    }

    private static Task EndAsync(AppFactory app, Guid memberId, MemberEndReason reason) => app.WithDbAsync(async db =>
    {
        await db.Set<GroupMember>().Where(m => m.Id == memberId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.EndedAt, DateTimeOffset.UtcNow).SetProperty(m => m.EndReason, reason));
    });
}
