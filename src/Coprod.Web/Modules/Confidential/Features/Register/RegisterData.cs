using Coprod.Web.Modules.Confidential.Features.Groups;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Register;

/// <summary>
/// What the record of processing and the DPIA are generated from: the partnership, its presidents, and its
/// groups as their managers see them (charter in force, members). No case is read: not even their number.
/// </summary>
public sealed record RegisterData(string Partnership, IReadOnlyList<string> Presidents, IReadOnlyList<ManagedGroupDto> Groups, DateOnly Today)
{
    public static async Task<RegisterData> LoadAsync(CoprodDbContext db, GroupReader reader, TimeProvider clock, Guid partnershipId, CancellationToken ct)
    {
        var today = ParisTime.Today(clock);
        var name = await db.Set<Partnership>().Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync(ct);
        var presidents = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(today))
            .Where(m => m.PartnershipId == partnershipId && m.Role == PartnershipRole.President)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.DisplayName).Distinct().OrderBy(n => n).ToListAsync(ct);
        return new RegisterData(name, presidents, await reader.ReadAsync(partnershipId, null, ct), today);
    }
}
