using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>GET …/alert-rules</c>: the partnership's alert rules (VEI-1), active first, for the watch team.</summary>
public static class ListAlertRules
{
    public sealed class Handler(CoprodDbContext db, IGeography geography, IStringLocalizer<WatchText> t)
    {
        public async Task<IReadOnlyList<AlertRuleDto>> HandleAsync(Guid partnershipId, CancellationToken ct = default)
        {
            var rules = await db.Set<AlertRule>().AsNoTracking().Where(r => r.PartnershipId == partnershipId).ToListAsync(ct);
            var names = await AlertNames.LoadAsync(db, geography, t, partnershipId, ct);
            var french = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true);
            return rules.OrderByDescending(r => r.IsActive).ThenBy(r => r.Name, french).Select(r => AlertRuleDto.Of(r, names)).ToList();
        }
    }
}
