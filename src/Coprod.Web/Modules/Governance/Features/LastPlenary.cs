using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// When the partnership's plenary last met (a meeting started, not cancelled), or null if never: the
/// fact behind the yearly plenary obligation of the compliance panel (TER-4).
/// </summary>
public static class LastPlenary
{
    public sealed class Handler(CoprodDbContext db, TimeProvider clock)
    {
        public async Task<DateTimeOffset?> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var now = clock.GetUtcNow();
            var starts = await db.Set<Meeting>().AsNoTracking()
                .Where(m => m.PartnershipId == partnershipId && m.CancelledAt == null)
                .Join(db.Set<Body>().Where(b => b.Kind == BodyKind.Plenary), m => m.BodyId, b => b.Id, (m, b) => m.StartsAt)
                .ToListAsync(ct);
            var held = starts.Where(s => s <= now).ToList();
            return held.Count == 0 ? null : held.Max();
        }
    }
}
