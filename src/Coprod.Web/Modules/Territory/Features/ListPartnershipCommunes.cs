using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>The partnership's communes with their COG data, largest first (territory page).</summary>
public static class ListPartnershipCommunes
{
    public sealed class Handler(CoprodDbContext db, IGeography geography)
    {
        public async Task<IReadOnlyList<CommuneDto>> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var codes = await db.Set<PartnershipCommune>().AsNoTracking()
                .Where(c => c.PartnershipId == partnershipId)
                .Select(c => c.InseeCode)
                .ToListAsync(ct);
            return codes
                .Select(geography.FindCommune)
                .OfType<Commune>()
                .OrderByDescending(c => c.Population)
                .Select(c => CommuneDto.From(c, geography))
                .ToList();
        }
    }
}
