using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// Who acts in a demo partnership's watch cell: the coordinator and the partners' demo accounts (by
/// institution key of <see cref="DemoData.Institutions"/>), the partnership's institutions and the
/// people of its directory (by last name; Échirolles only has a directory).
/// </summary>
internal sealed record DemoWatchCast(Guid PartnershipId, Guid Coordinator, IReadOnlyDictionary<string, Guid> Users, IReadOnlyDictionary<string, Guid> Institutions,
    IReadOnlyDictionary<string, Guid> People)
{
    /// <summary>The demo account of an institution's partner, or the coordinator when it has none.</summary>
    public Guid UserOf(string institution) => Users.GetValueOrDefault(institution, Coordinator);

    public static async Task<DemoWatchCast> LoadAsync(CoprodDbContext db, Guid partnershipId, CancellationToken ct)
    {
        var emails = DemoData.Accounts.Where(a => a.InstitutionKey is not null).ToList();
        var addresses = emails.Select(a => a.Email).ToList();
        var ids = await db.Users.AsNoTracking().Where(u => addresses.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        var users = emails.Where(a => a.Role is not null and not PartnershipRole.Agent && a.Email != DemoData.CoordinatorEmail && ids.ContainsKey(a.Email))
            .GroupBy(a => a.InstitutionKey!).ToDictionary(g => g.Key, g => ids[g.First().Email]);
        var names = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        var institutions = DemoData.Institutions.Where(i => names.ContainsKey(i.Name)).ToDictionary(i => i.Key, i => names[i.Name]);
        var people = (await db.Set<DirectoryPerson>().AsNoTracking().Where(p => p.PartnershipId == partnershipId).Select(p => new { p.LastName, p.Id }).ToListAsync(ct))
            .GroupBy(p => p.LastName).ToDictionary(g => g.Key, g => g.First().Id);
        return new DemoWatchCast(partnershipId, ids[DemoData.CoordinatorEmail], users, institutions, people);
    }
}
