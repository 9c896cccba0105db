using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// What a contract or a sheet may point to in its partnership, read once per request: institutions,
/// current members (for signatories), communes, areas and event categories.
/// </summary>
public sealed record ContractReferences(
    IReadOnlyDictionary<Guid, string> Institutions,
    IReadOnlyDictionary<Guid, string> Members,
    IReadOnlySet<string> Communes,
    IReadOnlyDictionary<Guid, string> Areas,
    IReadOnlySet<string> EventCategories)
{
    /// <summary>An empty set of references (nothing is known).</summary>
    public static ContractReferences None { get; } = new(new Dictionary<Guid, string>(), new Dictionary<Guid, string>(), new HashSet<string>(),
        new Dictionary<Guid, string>(), new HashSet<string>());

    public static async Task<ContractReferences> LoadAsync(CoprodDbContext db, Guid partnershipId, DateOnly today, CancellationToken ct)
    {
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var members = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today)).Where(m => m.PartnershipId == partnershipId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, u.DisplayName })
            .ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
        var communes = await db.Set<PartnershipCommune>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).Select(c => c.InseeCode).ToListAsync(ct);
        var areas = await db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var categories = await db.Set<EventCategory>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).Select(c => c.Code).ToListAsync(ct);
        return new(institutions, members, communes.ToHashSet(), areas, categories.ToHashSet());
    }

    public string? Institution(Guid? id) => id is { } i && Institutions.TryGetValue(i, out var name) ? name : null;
}
