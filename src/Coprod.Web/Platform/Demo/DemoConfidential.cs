using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo's confidential groups in Échirolles (CONF): a L132-5 working group « Groupe opérationnel
/// mineurs — Échirolles » whose three designated members (the coordinator, the educator, the municipal
/// police) signed charter version 1 and follow three fictional cases, one archived; and a L121-6-2
/// coordination around one family, coordinated by the educator, of which the mayor learns only that it
/// exists and who coordinates. The three members get two-factor authentication with the demo's one
/// published key (<see cref="DemoData.ConfidentialTotpKey"/>). Written once: a start that finds a group in
/// Échirolles changes nothing.
/// </summary>
internal sealed class DemoConfidential(CoprodDbContext db, UserManager<CoprodUser> users, IUserStore<CoprodUser> userStore, AuditTrail audit,
    DemoConfidentialCases cases, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (await db.Set<ConfidentialGroup>().AnyAsync(g => g.PartnershipId == DemoData.Echirolles, ct))
        {
            return;
        }
        var people = new Dictionary<string, CoprodUser>();
        foreach (var email in DemoData.ConfidentialMembers)
        {
            people[email] = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException("Demo account missing: " + email);
            await EnableTwoFactorAsync(people[email], ct);
        }
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == DemoData.Echirolles)
            .ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        var coordinator = people[DemoData.CoordinatorEmail].Id;
        var educator = people[DemoData.EducatorEmail].Id;
        var now = clock.GetUtcNow();
        var trail = new List<AuditEntry>();

        var group = Group(SharingChannel.WorkingGroup, "Groupe opérationnel mineurs — Échirolles",
            "Prévenir la délinquance des mineurs exposés en coordonnant les actions éducatives, scolaires et de tranquillité publique, "
            + "au cas par cas, en n'échangeant que ce qui est strictement utile à l'aide apportée au mineur et à sa famille.",
            "Échirolles : quartiers Village Sud, Essarts et Surieux", coordinator, null, now, trail);
        var coordination = Group(SharingChannel.SharedSecret, "Coordination d'accompagnement social — Échirolles",
            "Coordonner l'action sociale et éducative autour d'une famille suivie par plusieurs professionnels (article L121-6-2 du CASF).",
            "Échirolles", coordinator, educator, now, trail);
        db.AddRange(group, coordination);
        foreach (var (target, emails) in new[] { (group, DemoData.ConfidentialMembers), (coordination, new[] { DemoData.EducatorEmail }) })
        {
            var charter = Charter(target, coordinator, now);
            db.Add(charter);
            trail.Add(new AuditEntry(AuditEventType.CharterPublished, DemoData.Echirolles, coordinator, "ConfidentialGroup", target.Id.ToString(),
                new { version = charter.Number }));
            foreach (var email in emails)
            {
                db.Add(Designate(target, people[email], InstitutionOf(email, institutions), coordinator, now, trail));
            }
        }
        await audit.SaveWithAuditAsync(ct, [.. trail]);

        await cases.SeedAsync(group, coordination, people.ToDictionary(p => p.Key, p => p.Value.Id), ct);
    }

    private async Task EnableTwoFactorAsync(CoprodUser user, CancellationToken ct)
    {
        var keys = (IUserAuthenticatorKeyStore<CoprodUser>)userStore;
        await keys.SetAuthenticatorKeyAsync(user, DemoData.ConfidentialTotpKey, ct);
        var result = await users.SetTwoFactorEnabledAsync(user, true);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo two-factor authentication could not be set: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private static Guid? InstitutionOf(string email, Dictionary<string, Guid> institutions)
    {
        var key = DemoData.Accounts.Single(a => a.Email == email).InstitutionKey;
        var name = DemoData.Institutions.SingleOrDefault(i => i.Key == key)?.Name;
        return name is not null && institutions.TryGetValue(name, out var id) ? id : null;
    }

    private static ConfidentialGroup Group(SharingChannel channel, string name, string purpose, string territory, Guid createdBy, Guid? coordinatorUserId,
        DateTimeOffset now, List<AuditEntry> trail)
    {
        var group = new ConfidentialGroup
        {
            Id = Guid.NewGuid(),
            PartnershipId = DemoData.Echirolles,
            Channel = channel,
            Name = name,
            Purpose = purpose,
            Territory = territory,
            CoordinatorUserId = coordinatorUserId,
            CreatedBy = createdBy,
            CreatedAt = now.AddMonths(-8),
        };
        trail.Add(new AuditEntry(AuditEventType.ConfidentialGroupCreated, DemoData.Echirolles, createdBy, "ConfidentialGroup", group.Id.ToString(),
            new { channel = channel.ToString() }));
        return group;
    }

    private static CharterVersion Charter(ConfidentialGroup group, Guid publishedBy, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        GroupId = group.Id,
        Number = 1,
        Purpose = group.Purpose,
        Categories = [.. DemoData.ConfidentialCategories],
        Rules = [.. DemoData.ConfidentialRules],
        ArchiveYears = ConfidentialLimits.ArchiveYears,
        NotesAllowed = true,
        PublishedBy = publishedBy,
        PublishedAt = now.AddMonths(-8),
    };

    private GroupMember Designate(ConfidentialGroup group, CoprodUser user, Guid? institutionId, Guid by, DateTimeOffset now, List<AuditEntry> trail)
    {
        var member = new GroupMember
        {
            Id = Guid.NewGuid(),
            GroupId = group.Id,
            UserId = user.Id,
            InstitutionId = institutionId,
            DesignatedBy = by,
            DesignatedAt = now.AddMonths(-8),
        };
        db.Add(new CharterSignature { Id = Guid.NewGuid(), GroupId = group.Id, MemberId = member.Id, VersionNumber = 1, SignedAt = now.AddMonths(-8).AddDays(2) });
        trail.Add(new AuditEntry(AuditEventType.ConfidentialMemberDesignated, DemoData.Echirolles, by, "ConfidentialGroup", group.Id.ToString(),
            new { memberId = member.Id, userId = user.Id }));
        trail.Add(new AuditEntry(AuditEventType.CharterSigned, DemoData.Echirolles, user.Id, "ConfidentialGroup", group.Id.ToString(),
            new { memberId = member.Id, version = 1 }));
        return member;
    }
}
