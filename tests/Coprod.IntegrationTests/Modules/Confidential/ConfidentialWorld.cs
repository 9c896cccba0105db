using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Coprod.IntegrationTests.Modules.Confidential;

/// <summary>
/// A partnership with one confidential group whose charter (version 1) is published, and helpers to
/// add people in every standing: entitled members (2FA, charter signed), members missing 2FA or the
/// signature, non-members of every role; and cases written as the module writes them (sealed).
/// </summary>
public sealed class ConfidentialWorld(AppFactory app, Partnership partnership, ConfidentialGroup group, CoprodUser coordinator)
{
    public AppFactory App => app;
    public Partnership Partnership => partnership;
    public ConfidentialGroup Group => group;

    /// <summary>The partnership's coordinator, who created the group and is NOT a member of it.</summary>
    public CoprodUser Coordinator => coordinator;

    public static readonly InformationCategory[] DefaultCategories =
    [
        InformationCategory.Identity, InformationCategory.FamilySituation, InformationCategory.Schooling,
        InformationCategory.SupportActions, InformationCategory.Offences,
    ];

    public static async Task<ConfidentialWorld> CreateAsync(AppFactory app, SharingChannel channel = SharingChannel.WorkingGroup, bool notesAllowed = false,
        InformationCategory[]? categories = null)
    {
        var partnership = await app.CreatePartnershipAsync();
        var coordinator = await app.CreateUserAsync();
        await app.GrantAsync(coordinator, partnership, PartnershipRole.Coordinateur);
        var group = await AddGroupAsync(app, partnership, coordinator, channel, notesAllowed, categories);
        return new ConfidentialWorld(app, partnership, group, coordinator);
    }

    /// <summary>Another group in the same partnership, with its own charter.</summary>
    public Task<ConfidentialGroup> AnotherGroupAsync(SharingChannel channel = SharingChannel.WorkingGroup) =>
        AddGroupAsync(app, partnership, coordinator, channel, false, null);

    private static async Task<ConfidentialGroup> AddGroupAsync(AppFactory app, Partnership partnership, CoprodUser coordinator, SharingChannel channel,
        bool notesAllowed, InformationCategory[]? categories)
    {
        var now = DateTimeOffset.UtcNow;
        var group = new ConfidentialGroup
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Channel = channel,
            Name = channel == SharingChannel.WorkingGroup ? "Groupe opérationnel mineurs" : "Coordination L121-6-2",
            Purpose = "Accompagner les mineurs exposés à la délinquance",
            Territory = "Quartier Village Sud",
            CreatedBy = coordinator.Id,
            CreatedAt = now,
        };
        var charter = new CharterVersion
        {
            Id = Guid.NewGuid(),
            GroupId = group.Id,
            Number = 1,
            Purpose = group.Purpose,
            Categories = [.. categories ?? DefaultCategories],
            Rules = ["Seules les informations strictement utiles à l'aide apportée à la famille sont partagées."],
            NotesAllowed = notesAllowed,
            PublishedBy = coordinator.Id,
            PublishedAt = now,
        };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(group, charter);
            await db.SaveChangesAsync();
        });
        return group;
    }

    /// <summary>A person of the partnership designated in <paramref name="inGroup"/> (this world's group by default).</summary>
    public async Task<(CoprodUser User, GroupMember Member, HttpClient Client)> MemberAsync(bool twoFactor = true, bool signed = true,
        PartnershipRole role = PartnershipRole.Partenaire, ConfidentialGroup? inGroup = null)
    {
        var user = await app.CreateUserAsync(twoFactor: twoFactor);
        await app.GrantAsync(user, partnership, role);
        var member = await DesignateAsync(user, inGroup ?? group, signed);
        return (user, member, app.ClientFor(user.Id));
    }

    /// <summary>Designates an existing account (signing the charter in force when <paramref name="signed"/>).</summary>
    public async Task<GroupMember> DesignateAsync(CoprodUser user, ConfidentialGroup inGroup, bool signed = true)
    {
        var member = new GroupMember
        {
            Id = Guid.NewGuid(),
            GroupId = inGroup.Id,
            UserId = user.Id,
            DesignatedBy = coordinator.Id,
            DesignatedAt = DateTimeOffset.UtcNow,
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(member);
            if (signed)
            {
                var version = db.Set<CharterVersion>().Where(v => v.GroupId == inGroup.Id).Max(v => v.Number);
                db.Add(new CharterSignature { Id = Guid.NewGuid(), GroupId = inGroup.Id, MemberId = member.Id, VersionNumber = version, SignedAt = DateTimeOffset.UtcNow });
            }
            await db.SaveChangesAsync();
        });
        return member;
    }

    /// <summary>A member of the partnership in <paramref name="role"/> who is in no group.</summary>
    public async Task<(CoprodUser User, HttpClient Client)> OutsiderAsync(PartnershipRole role, bool twoFactor = true)
    {
        var user = await app.CreateUserAsync(twoFactor: twoFactor);
        await app.GrantAsync(user, partnership, role);
        return (user, app.ClientFor(user.Id));
    }

    /// <summary>A case of the group as the module stores it: the record sealed with the module's key ring.</summary>
    public async Task<ConfidentialCase> CaseAsync(Guid referentUserId, string lastName = "Martin", string firstName = "Léa",
        DateOnly? birthDate = null, ConfidentialGroup? inGroup = null, CaseStatus status = CaseStatus.Active)
    {
        var cipher = app.Services.GetRequiredService<ConfidentialCipher>();
        var id = Guid.NewGuid();
        var born = birthDate ?? new DateOnly(2011, 3, 14);
        var record = new CaseRecord([new CasePerson(PersonRole.Followed, lastName, firstName, born, null)], SchoolOrWork.MiddleSchool, null);
        var theGroup = inGroup ?? group;
        var found = new ConfidentialCase
        {
            Id = id,
            GroupId = theGroup.Id,
            PartnershipId = partnership.Id,
            Reference = "T-" + id.ToString("N")[..8],
            Status = status,
            OpenedOn = new DateOnly(2026, 9, 1),
            Origin = CaseOrigin.EtablissementScolaire,
            ReferentUserId = referentUserId,
            ClosedOn = status == CaseStatus.Archived ? new DateOnly(2026, 10, 1) : null,
            ArchiveUntil = status == CaseStatus.Archived ? new DateOnly(2029, 10, 1) : null,
            DestroyBy = new DateOnly(born.Year + ConfidentialLimits.DestroyAge, born.Month, 1),
            SealedRecord = cipher.Seal(id, record),
            CreatedBy = referentUserId,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(found);
            await db.SaveChangesAsync();
        });
        return found;
    }
}
