using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>The partnership's member institutions, by type then name.</summary>
public static class ListInstitutions
{
    public sealed record Item(Guid Id, string Name, InstitutionType Type, Guid Version);

    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<IReadOnlyList<Item>> HandleAsync(Guid partnershipId, CancellationToken ct = default) =>
            (await db.Set<Institution>().AsNoTracking()
                .Where(i => i.PartnershipId == partnershipId)
                .Select(i => new Item(i.Id, i.Name, i.Type, i.Version))
                .ToListAsync(ct))
            .OrderBy(i => i.Type).ThenBy(i => i.Name, FrenchOrder.Names)
            .ToList();
    }
}
