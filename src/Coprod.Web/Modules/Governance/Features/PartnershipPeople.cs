using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// The institutions and current members of one partnership, read once per request: names for the
/// screens, e-mail addresses for the invitations.
/// </summary>
public sealed class PartnershipPeople
{
    public sealed record Person(Guid MembershipId, Guid UserId, string Name, string? Email, PartnershipRole Role, Guid? InstitutionId);

    public IReadOnlyDictionary<Guid, Institution> Institutions { get; private init; } = new Dictionary<Guid, Institution>();
    public IReadOnlyDictionary<Guid, Person> Members { get; private init; } = new Dictionary<Guid, Person>();

    public static async Task<PartnershipPeople> LoadAsync(CoprodDbContext db, Guid partnershipId, DateOnly today, CancellationToken ct)
    {
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, ct);
        var members = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today)).Where(m => m.PartnershipId == partnershipId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new Person(m.Id, u.Id, u.DisplayName, u.Email, m.Role, m.InstitutionId))
            .ToListAsync(ct);
        return new PartnershipPeople { Institutions = institutions, Members = members.ToDictionary(m => m.MembershipId) };
    }

    public string NameOf(Guid? institutionId, Guid? membershipId) =>
        institutionId is { } i && Institutions.TryGetValue(i, out var institution) ? institution.Name
        : membershipId is { } m && Members.TryGetValue(m, out var person) ? person.Name
        : "—";

    /// <summary>Where an invitation goes: the member's address, or the addresses of the institution's current members.</summary>
    public IReadOnlyList<string> EmailsOf(Guid? institutionId, Guid? membershipId) =>
        (institutionId is { } i ? Members.Values.Where(p => p.InstitutionId == i).Select(p => p.Email)
            : membershipId is { } m && Members.TryGetValue(m, out var person) ? [person.Email] : [])
        .OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
