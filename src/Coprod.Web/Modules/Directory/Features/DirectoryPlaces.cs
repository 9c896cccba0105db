using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>A territory as sent by a client: a commune by INSEE code, or an area by id (not both).</summary>
public sealed record TerritoryInput(string? Commune = null, Guid? AreaId = null);

/// <summary>A territory as shown: its commune or area, with a readable name.</summary>
public sealed record TerritoryDto(string? Commune, Guid? AreaId, string Name);

/// <summary>
/// A resolved place: a commune of the partnership, or one of its current areas with the commune
/// it lies in. A territory covers the place when it is the place's area, or the place's commune
/// (a commune-wide service covers every area of the commune, not the other way round).
/// </summary>
public sealed record Place(string Commune, Guid? AreaId, string Name)
{
    public bool IsCoveredBy(string? commune, Guid? areaId) => areaId is { } a ? AreaId == a : commune == Commune;

    public TerritoryDto ToDto() => new(AreaId is null ? Commune : null, AreaId, Name);
}

/// <summary>The partnership's communes and current areas, to check and name territories.</summary>
public sealed class DirectoryPlaces
{
    private readonly Dictionary<string, string> _communes;
    private readonly Dictionary<Guid, (string Name, string Commune)> _areas;

    private DirectoryPlaces(Dictionary<string, string> communes, Dictionary<Guid, (string, string)> areas)
    {
        _communes = communes;
        _areas = areas;
    }

    public static async Task<DirectoryPlaces> LoadAsync(CoprodDbContext db, IGeography geography, Guid partnershipId, DateOnly today, CancellationToken ct)
    {
        var codes = await db.Set<PartnershipCommune>().AsNoTracking().Where(c => c.PartnershipId == partnershipId).Select(c => c.InseeCode).ToListAsync(ct);
        var areas = await db.Set<Area>().AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && a.ValidFrom <= today && (a.ValidUntil == null || a.ValidUntil >= today))
            .Select(a => new { a.Id, a.Name, a.CommuneInsee })
            .ToListAsync(ct);
        return new DirectoryPlaces(
            codes.ToDictionary(c => c, c => geography.FindCommune(c)?.Name ?? c),
            areas.ToDictionary(a => a.Id, a => (a.Name, a.CommuneInsee)));
    }

    public IEnumerable<TerritoryDto> Communes => _communes.Select(c => new TerritoryDto(c.Key, null, c.Value)).OrderBy(c => c.Name, StringComparer.Ordinal);

    public IEnumerable<TerritoryDto> Areas => _areas.Select(a => new TerritoryDto(null, a.Key, $"{a.Value.Name} ({CommuneName(a.Value.Commune)})")).OrderBy(a => a.Name, StringComparer.Ordinal);

    public bool HasArea(Guid areaId) => _areas.ContainsKey(areaId);

    public string CommuneName(string insee) => _communes.TryGetValue(insee, out var name) ? name : insee;

    /// <summary>The name of a stored territory; "all the service's territories" when both are null.</summary>
    public string Name(string? commune, Guid? areaId, string all) =>
        areaId is { } a ? (_areas.TryGetValue(a, out var area) ? $"{area.Name} ({CommuneName(area.Commune)})" : a.ToString())
        : commune is { } c ? CommuneName(c) : all;

    public TerritoryDto Dto(string? commune, Guid? areaId, string all) => new(commune, areaId, Name(commune, areaId, all));

    /// <summary>
    /// Checks the territory of a service's competence, presence slot or on-call entry: none (all the
    /// service's territories), or a place of the partnership that the service covers, one of its own
    /// territories or an area of one of its communes. Adds errors on <c>territory</c>.
    /// </summary>
    public void CheckServiceTerritory(DirectoryService service, TerritoryInput? input, Validation v, IStringLocalizer<DirectoryText> t)
    {
        if (Check(input, v, "territory", t, optional: true) && PlaceOf(input) is { } place)
        {
            v.Check(DirectoryQuery.Covers(service, place), "territory", t["Territory_NotOfService"]);
        }
    }

    /// <summary>The place of a checked territory; null for none.</summary>
    private Place? PlaceOf(TerritoryInput? input) =>
        input?.AreaId is { } a ? new Place(_areas[a].Commune, a, Name(null, a, ""))
        : ContactRules.Clean(input?.Commune) is { } c ? new Place(c, null, CommuneName(c))
        : null;

    /// <summary>Checks a territory of a write request; adds errors on <paramref name="field"/>.</summary>
    public bool Check(TerritoryInput? input, Validation v, string field, IStringLocalizer<DirectoryText> t, bool optional)
    {
        var commune = string.IsNullOrWhiteSpace(input?.Commune) ? null : input.Commune.Trim();
        if (commune is null && input?.AreaId is null)
        {
            v.Check(optional, field, t["Territory_Required"]);
            return optional;
        }
        if (commune is not null && input?.AreaId is not null)
        {
            v.Add(field, t["Territory_Both"]);
            return false;
        }
        if (commune is not null && !_communes.ContainsKey(commune))
        {
            v.Add(field, t["Territory_CommuneOutside", commune]);
            return false;
        }
        if (input?.AreaId is { } areaId && !_areas.ContainsKey(areaId))
        {
            v.Add(field, t["Territory_AreaUnknown"]);
            return false;
        }
        return true;
    }

    /// <summary>Resolves a query's place (commune or areaId); null with an error when it is not one of the partnership's.</summary>
    public Place? Resolve(string? commune, string? areaId, Validation v, IStringLocalizer<DirectoryText> t, out bool unknownArea)
    {
        unknownArea = false;
        var hasCommune = !string.IsNullOrWhiteSpace(commune);
        var hasArea = !string.IsNullOrWhiteSpace(areaId);
        if (hasCommune == hasArea)
        {
            v.Add("commune", t[hasCommune ? "Territory_Both" : "Territory_Required"]);
            return null;
        }
        if (hasCommune)
        {
            var code = commune!.Trim();
            if (_communes.TryGetValue(code, out var name))
            {
                return new Place(code, null, name);
            }
            v.Add("commune", t["Territory_CommuneOutside", code]);
            return null;
        }
        if (!Guid.TryParse(areaId, out var id))
        {
            v.Add("areaId", t["Territory_AreaMalformed"]);
            return null;
        }
        if (_areas.TryGetValue(id, out var area))
        {
            return new Place(area.Commune, id, $"{area.Name} ({CommuneName(area.Commune)})");
        }
        unknownArea = true;
        return null;
    }
}
