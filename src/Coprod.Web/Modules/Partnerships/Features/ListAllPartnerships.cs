using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>The operator's list of tenants: identity, status and size only, no partnership content.</summary>
public static class ListAllPartnerships
{
    public sealed record Item(Guid Id, string Name, PartnershipKind Kind, PartnershipStatus Status, DateOnly CreatedOn, int Communes, int ActiveMembers);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken ct = default)
        {
            var today = ParisTime.Today(clock);
            return await db.Set<Partnership>().AsNoTracking()
                .OrderBy(p => p.Name)
                .Select(p => new Item(p.Id, p.Name, p.Kind, p.Status, p.CreatedOn, p.Communes.Count,
                    db.Set<Membership>().Where(Membership.ActiveOn(today)).Count(m => m.PartnershipId == p.Id)))
                .ToListAsync(ct);
        }
    }
}
