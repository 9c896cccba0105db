using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// A partnership's reference data as one request reads it — categories, communes and area index,
/// active routing rules, institution names — each read at most once and then shared by the intake,
/// the router and the answers built for the reporter and the hub. Scoped: an API request, or one
/// handler call of a page (<c>Handlers</c>), sees one snapshot, and nothing outlives it, so no other
/// instance ever has to invalidate it.
/// </summary>
public sealed class EventReferenceData(CoprodDbContext db, EventCategories categories, AreaIndexCache areas)
{
    private readonly Dictionary<Guid, Loaded> _partnerships = [];

    /// <summary>Where events may be: the partnership's communes and its area index at the current revision.</summary>
    public sealed record Territory(IReadOnlySet<string> Communes, AreaIndex Areas);

    /// <summary>All categories, retired ones included, in display order (created from the defaults on first need).</summary>
    public Task<IReadOnlyList<EventCategory>> CategoriesAsync(Guid partnershipId, CancellationToken ct) =>
        For(partnershipId).Categories ??= categories.LoadAsync(partnershipId, ct);

    /// <summary>The categories by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, EventCategory>> CategoriesByIdAsync(Guid partnershipId, CancellationToken ct)
    {
        var loaded = For(partnershipId);
        return loaded.CategoriesById ??= (await CategoriesAsync(partnershipId, ct)).ToDictionary(c => c.Id);
    }

    /// <summary>The communes and the area index, read in one query (the communes with the index's revision).</summary>
    public Task<Territory> TerritoryAsync(Guid partnershipId, CancellationToken ct) => For(partnershipId).Territory ??= LoadTerritoryAsync(partnershipId, ct);

    /// <summary>The active routing rules.</summary>
    public Task<IReadOnlyList<RoutingRule>> RulesAsync(Guid partnershipId, CancellationToken ct) =>
        For(partnershipId).Rules ??= LoadRulesAsync(partnershipId, ct);

    /// <summary>The institutions' names by id.</summary>
    public Task<IReadOnlyDictionary<Guid, string>> InstitutionsAsync(Guid partnershipId, CancellationToken ct) =>
        For(partnershipId).Institutions ??= LoadInstitutionsAsync(partnershipId, ct);

    private Loaded For(Guid partnershipId)
    {
        if (!_partnerships.TryGetValue(partnershipId, out var loaded))
        {
            _partnerships[partnershipId] = loaded = new Loaded();
        }
        return loaded;
    }

    private async Task<Territory> LoadTerritoryAsync(Guid partnershipId, CancellationToken ct)
    {
        var found = await db.Set<Partnership>().AsNoTracking().Where(p => p.Id == partnershipId)
            .Select(p => new
            {
                Revision = db.Set<AreaRevision>().Where(r => r.PartnershipId == p.Id).Select(r => (Guid?)r.Version).FirstOrDefault(),
                Communes = db.Set<PartnershipCommune>().Where(c => c.PartnershipId == p.Id).Select(c => c.InseeCode).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        var index = await areas.GetAsync(db, partnershipId, found?.Revision, ct);
        return new Territory((found?.Communes ?? []).ToHashSet(StringComparer.Ordinal), index);
    }

    private async Task<IReadOnlyList<RoutingRule>> LoadRulesAsync(Guid partnershipId, CancellationToken ct) =>
        await db.Set<RoutingRule>().AsNoTracking().Where(r => r.PartnershipId == partnershipId && r.IsActive).ToListAsync(ct);

    private async Task<IReadOnlyDictionary<Guid, string>> LoadInstitutionsAsync(Guid partnershipId, CancellationToken ct) =>
        await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).Select(i => new { i.Id, i.Name })
            .ToDictionaryAsync(i => i.Id, i => i.Name, ct);

    private sealed class Loaded
    {
        public Task<IReadOnlyList<EventCategory>>? Categories;
        public IReadOnlyDictionary<Guid, EventCategory>? CategoriesById;
        public Task<Territory>? Territory;
        public Task<IReadOnlyList<RoutingRule>>? Rules;
        public Task<IReadOnlyDictionary<Guid, string>>? Institutions;
    }
}
