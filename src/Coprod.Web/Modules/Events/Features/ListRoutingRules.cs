using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>GET …/events/routing-rules</c>: the partnership's protocol, inactive rules included, in name order (every member reads it).</summary>
public static class ListRoutingRules
{
    public sealed class Handler(CoprodDbContext db)
    {
        public async Task<IReadOnlyList<RoutingRuleDto>> HandleAsync(Guid partnershipId, CancellationToken ct) =>
            (await db.Set<RoutingRule>().AsNoTracking().Where(r => r.PartnershipId == partnershipId).ToListAsync(ct))
                .OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.Id).Select(RoutingRuleDto.Of).ToList();
    }
}
