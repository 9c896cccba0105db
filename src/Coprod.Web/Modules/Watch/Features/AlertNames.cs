using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>Readable names for alerts and rules: the place (area and commune, commune, or the whole territory) and the category.</summary>
public sealed class AlertNames
{
    private readonly AreaVersions _areas;
    private readonly Dictionary<string, string> _communes;
    private readonly Dictionary<string, string> _categories;
    private readonly IStringLocalizer<WatchText> _t;

    private AlertNames(AreaVersions areas, Dictionary<string, string> communes, Dictionary<string, string> categories, IStringLocalizer<WatchText> t)
    {
        (_areas, _communes, _categories, _t) = (areas, communes, categories, t);
    }

    public AreaVersions Areas => _areas;

    public static async Task<AlertNames> LoadAsync(CoprodDbContext db, IGeography geography, IStringLocalizer<WatchText> t, Guid partnershipId, CancellationToken ct)
    {
        var areas = await AreaVersions.LoadAsync(db, partnershipId, ct);
        var communes = await db.Set<PartnershipCommune>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).Select(c => c.InseeCode).ToListAsync(ct);
        var categories = await db.Set<EventCategory>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).ToDictionaryAsync(c => c.Code, c => c.Label, ct);
        return new AlertNames(areas, communes.ToDictionary(c => c, c => geography.FindCommune(c)?.Name ?? c), categories, t);
    }

    public string Commune(string insee) => _communes.TryGetValue(insee, out var name) ? name : insee;

    /// <summary>« Villeneuve (Grenoble) », « Grenoble », or the whole territory.</summary>
    public string Place(Guid? areaId, string? commune) =>
        areaId is { } id ? (_areas.Describe(id) is { } area ? $"{area.Name} ({Commune(area.Commune)})" : _t["Place_UnknownArea"].Value)
        : commune is { } c ? Commune(c)
        : _t["Place_Territory"].Value;

    /// <summary>Where a rule counts, each area included.</summary>
    public string Place(AlertRule rule) => rule.Scope == AlertScope.EachArea ? _t["Place_EachArea"].Value : Place(rule.Scope == AlertScope.Area ? rule.AreaId : null, rule.CommuneInsee);

    /// <summary>The category's label, or « toutes catégories ».</summary>
    public string Category(string? code) => code is null ? _t["Category_All"].Value : _categories.TryGetValue(code, out var label) ? label : code;
}
