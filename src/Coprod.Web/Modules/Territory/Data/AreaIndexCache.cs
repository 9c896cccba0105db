using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Coprod.Web.Modules.Territory.Data;

/// <summary>
/// Keeps each partnership's <see cref="AreaIndex"/> in memory, tagged with the
/// <see cref="AreaRevision"/> it was built from. Every use first reads the current revision (one
/// primary-key lookup): when another instance has imported or retired areas, the index is rebuilt
/// from the database. Nothing here is needed by another instance.
/// </summary>
public sealed class AreaIndexCache(IMemoryCache cache)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    public async Task<AreaIndex> GetAsync(CoprodDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        var revision = await db.Set<AreaRevision>().AsNoTracking()
            .Where(r => r.PartnershipId == partnershipId)
            .Select(r => (Guid?)r.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return await GetAsync(db, partnershipId, revision, cancellationToken);
    }

    /// <summary>
    /// The index at a <paramref name="revision"/> the caller has just read itself (null: the partnership has never
    /// imported areas), for a caller that reads it together with other data in one query.
    /// </summary>
    public async Task<AreaIndex> GetAsync(CoprodDbContext db, Guid partnershipId, Guid? revision, CancellationToken cancellationToken)
    {
        var version = revision ?? Guid.Empty;
        var key = (nameof(AreaIndexCache), partnershipId);
        if (cache.TryGetValue(key, out Entry? entry) && entry!.Revision == version)
        {
            return entry.Index;
        }
        var areas = await db.Set<Area>().AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId)
            .ToListAsync(cancellationToken);
        var index = new AreaIndex(areas.Select(IndexedArea.From));
        cache.Set(key, new Entry(version, index), new MemoryCacheEntryOptions { SlidingExpiration = Idle });
        return index;
    }

    private sealed record Entry(Guid Revision, AreaIndex Index);
}
