using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Pages;

/// <summary>What the reporting page offers: active categories, the partnership's communes and current areas, the reporter's institutions.</summary>
public sealed record ReportPageModel(
    IReadOnlyList<ListCategories.CategoryDto> Categories,
    IReadOnlyList<CommuneDto> Communes,
    IReadOnlyList<AreaSummary> Areas,
    IReadOnlyList<(Guid Id, string Name)> Institutions)
{
    public static async Task<ReportPageModel> LoadAsync(Guid partnershipId, EventAccess.Seat seat, EventCategories categories, ListPartnershipCommunes.Handler communes,
        CoprodDbContext db, AreaIndexCache areas, TimeProvider clock, CancellationToken ct)
    {
        var active = (await categories.LoadAsync(partnershipId, ct)).Where(c => c.IsActive).Select(ListCategories.CategoryDto.From).ToList();
        var index = await areas.GetAsync(db, partnershipId, ct);
        var today = ParisTime.Today(clock);
        var institutions = await db.Set<Institution>().AsNoTracking()
            .Where(i => i.PartnershipId == partnershipId && seat.Institutions.Contains(i.Id))
            .OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        return new ReportPageModel(active, await communes.HandleAsync(partnershipId, ct),
            index.ValidOn(today).Select(a => a.Area).Where(a => a.Kind != AreaKind.Commune).ToList(),
            institutions.Select(i => (i.Id, i.Name)).ToList());
    }
}
