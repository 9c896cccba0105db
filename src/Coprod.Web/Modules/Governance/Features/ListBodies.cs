using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>The partnership's bodies by kind then name, with their last and next meetings.</summary>
public static class ListBodies
{
    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<BodySummary>> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var now = clock.GetUtcNow();
            var bodies = await db.Set<Body>().AsNoTracking().Where(b => b.PartnershipId == partnershipId)
                .Select(b => new { b.Id, b.Kind, b.Name, b.Status, Members = b.Members.Count, b.Version })
                .ToListAsync(ct);
            // A partnership holds a few hundred meetings at most: the dates are compared here (SQLite cannot order offsets).
            var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.PartnershipId == partnershipId && m.CancelledAt == null)
                .Select(m => new { m.BodyId, m.StartsAt })
                .ToListAsync(ct);
            var byBody = meetings.ToLookup(m => m.BodyId, m => m.StartsAt);
            return bodies
                .Select(b => new BodySummary(b.Id, b.Kind, b.Name, b.Status, b.Members,
                    byBody[b.Id].Where(s => s <= now).Select(s => (DateTimeOffset?)s).Max(),
                    byBody[b.Id].Where(s => s > now).Select(s => (DateTimeOffset?)s).Min(),
                    b.Version))
                .OrderBy(b => b.Kind).ThenBy(b => b.Name, FrenchOrder.Names)
                .ToList();
        }
    }
}
