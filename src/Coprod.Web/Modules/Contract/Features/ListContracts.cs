using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>The partnership's contracts, the latest first, with how many of their sheets are complete.</summary>
public static class ListContracts
{
    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<IReadOnlyList<ContractSummary>> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var contracts = await db.Set<LocalContract>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).ToListAsync(ct);
            var sheets = await db.Set<ActionSheet>().AsNoTracking().Include(s => s.Milestones).Include(s => s.Funding).Include(s => s.Indicators).AsSplitQuery()
                .Where(s => s.PartnershipId == partnershipId).ToListAsync(ct);
            var byContract = sheets.ToLookup(s => s.ContractId);
            return contracts.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Title)
                .Select(c => new ContractSummary(c.Id, c.Kind, c.Title, c.StartsOn, c.EndsOn, c.Status, c.CurrentVersion, byContract[c.Id].Count(),
                    byContract[c.Id].Count(SheetQuality.IsComplete)))
                .ToList();
        }
    }
}
