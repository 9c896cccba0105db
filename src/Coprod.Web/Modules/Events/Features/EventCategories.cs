using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// A partnership's taxonomy, created from <see cref="DefaultCategories"/> the first time anyone
/// needs it. Two instances creating it at once collide on the unique code: the loser reads the winner's.
/// </summary>
public sealed class EventCategories(CoprodDbContext db)
{
    /// <summary>All categories of the partnership, retired ones included, in display order.</summary>
    public async Task<IReadOnlyList<EventCategory>> LoadAsync(Guid partnershipId, CancellationToken ct)
    {
        var existing = await Query(partnershipId).ToListAsync(ct);
        if (existing.Count > 0)
        {
            return existing;
        }
        var defaults = DefaultCategories.All.Select((c, i) => new EventCategory
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            Code = c.Code,
            Label = c.Label,
            Rank = (i + 1) * 10,
        }).ToList();
        db.AddRange(defaults);
        try
        {
            await db.SaveChangesAsync(ct);
            return defaults;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            foreach (var c in defaults)
            {
                db.Entry(c).State = EntityState.Detached;
            }
            return await Query(partnershipId).ToListAsync(ct);
        }
    }

    private IQueryable<EventCategory> Query(Guid partnershipId) =>
        db.Set<EventCategory>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).OrderBy(c => c.Rank).ThenBy(c => c.Code);
}
