using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Events.Features;

namespace Coprod.Web.Modules.Events.Pages;

/// <summary>What the protocol page offers to choose from: the active categories, places (communes, then areas) and institutions.</summary>
public sealed record RoutingChoices(
    IReadOnlyList<ListCategories.CategoryDto> Categories,
    IReadOnlyList<TerritoryDto> Places,
    IReadOnlyList<ListInstitutions.Item> Institutions)
{
    public static readonly RoutingChoices Empty = new([], [], []);

    public string Category(string code) => Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code;

    public string Institution(Guid id) => Institutions.FirstOrDefault(i => i.Id == id)?.Name ?? "—";

    public string Place(string? commune, Guid? areaId) =>
        Places.FirstOrDefault(p => areaId is not null ? p.AreaId == areaId : p.AreaId is null && p.Commune == commune)?.Name ?? commune ?? areaId?.ToString() ?? "";

    /// <summary>"c:38151" for a commune, "a:{guid}" for an area, as the place pickers use.</summary>
    public static string Key(TerritoryDto p) => p.AreaId is { } a ? $"a:{a}" : $"c:{p.Commune}";
}
