using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>A partnership with its communes named and counted from the official geography.</summary>
public static class GetPartnership
{
    public sealed record CommuneItem(string Insee, string Name, int? Population, string? EpciSiren, string? EpciName, IReadOnlyList<string> PostalCodes, bool OpposesCispd);

    public sealed record Response(Guid Id, string Name, PartnershipKind Kind, PartnershipStatus Status, DateOnly CreatedOn, string? EpciSiren, string? EpciName, string? DepartementCode, bool HasCddf, int Population, int CogYear, IReadOnlyList<CommuneItem> Communes, Guid Version);

    public sealed class Handler(CoprodDbContext db, IGeography geography)
    {
        public async Task<Response?> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var p = await db.Set<Partnership>().AsNoTracking().Include(x => x.Communes).FirstOrDefaultAsync(x => x.Id == partnershipId, ct);
            if (p is null)
            {
                return null;
            }
            var communes = p.Communes
                .Select(c => (Link: c, Commune: geography.FindCommune(c.InseeCode) is { } found ? CommuneDto.From(found, geography) : null))
                .Select(x => new CommuneItem(x.Link.InseeCode, x.Commune?.Name ?? x.Link.InseeCode, x.Commune?.Population,
                    x.Commune?.EpciSiren, x.Commune?.EpciName, x.Commune?.PostalCodes ?? [], x.Link.OpposesCispd))
                .OrderByDescending(c => c.Population ?? 0)
                .ToList();
            return new Response(p.Id, p.Name, p.Kind, p.Status, p.CreatedOn, p.EpciSiren,
                p.EpciSiren is { } siren ? geography.FindEpci(siren)?.Name : null, p.DepartementCode, p.HasCddf,
                communes.Sum(c => c.Population ?? 0), geography.CogYear, communes, p.Version);
        }
    }
}
