using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>The partnerships where the person holds a current membership, with her roles there.</summary>
public static class ListMyPartnerships
{
    public sealed record Item(Guid Id, string Name, PartnershipKind Kind, PartnershipStatus Status, IReadOnlyList<PartnershipRole> Roles, IReadOnlyList<string> Communes);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Guid userId, CancellationToken ct = default)
        {
            var today = ParisTime.Today(clock);
            var memberships = await db.Set<Membership>().AsNoTracking()
                .Where(Membership.ActiveOn(today)).Where(m => m.UserId == userId)
                .Select(m => new { m.PartnershipId, m.Role })
                .ToListAsync(ct);
            var ids = memberships.Select(m => m.PartnershipId).Distinct().ToList();
            var partnerships = await db.Set<Partnership>().AsNoTracking()
                .Include(p => p.Communes)
                .Where(p => ids.Contains(p.Id))
                .ToListAsync(ct);
            return partnerships
                .OrderBy(p => p.Name, FrenchOrder.Names)
                .Select(p => new Item(p.Id, p.Name, p.Kind, p.Status,
                    memberships.Where(m => m.PartnershipId == p.Id).Select(m => m.Role).Distinct().Order().ToList(),
                    p.Communes.Select(c => c.InseeCode).Order().ToList()))
                .ToList();
        }
    }
}
