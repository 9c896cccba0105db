using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>The places a directory question may name: the partnership's communes, then its current areas.</summary>
public static class ListPlaces
{
    public sealed class Handler(CoprodDbContext db, IGeography geography, TimeProvider clock)
    {
        public async Task<IReadOnlyList<TerritoryDto>> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
            return [.. places.Communes, .. places.Areas];
        }
    }
}
