using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// One series an alert rule counts: the events of one area (all its versions), one commune or the
/// whole territory, of one category or all. <see cref="Key"/> is stable: an area is named by its first
/// version, so that a re-import of its outline neither splits its history nor duplicates its alerts.
/// </summary>
public sealed record AlertSeries(string Key, Guid? AreaId, string? Commune, string? CategoryCode, IReadOnlySet<Guid> AreaIds)
{
    /// <summary>The series of a rule on <paramref name="day"/>: one, or one per current area for <see cref="AlertScope.EachArea"/>.</summary>
    public static IReadOnlyList<AlertSeries> Of(AlertRule rule, AreaVersions areas, DateOnly day) => rule.Scope switch
    {
        AlertScope.Commune => [new(MakeKey($"m:{rule.CommuneInsee}", rule.CategoryCode), null, rule.CommuneInsee, rule.CategoryCode, new HashSet<Guid>())],
        AlertScope.Area when rule.AreaId is { } id => [ForArea(areas, areas.CurrentOf(id, day), rule.CategoryCode)],
        AlertScope.EachArea => areas.CurrentOn(day).Select(a => ForArea(areas, a, rule.CategoryCode)).ToList(),
        _ => [new(MakeKey("t", rule.CategoryCode), null, null, rule.CategoryCode, new HashSet<Guid>())],
    };

    /// <summary>The series an existing alert counts (for its history), from what the alert stored.</summary>
    public static AlertSeries Of(WatchAlert alert, AreaVersions areas) =>
        alert.AreaId is { } id ? ForArea(areas, id, alert.CategoryCode)
        : new(alert.SeriesKey, null, alert.CommuneInsee, alert.CategoryCode, new HashSet<Guid>());

    private static AlertSeries ForArea(AreaVersions areas, Guid areaId, string? category) =>
        new(MakeKey($"a:{areas.FirstOf(areaId):N}", category), areaId, null, category, areas.VersionsOf(areaId));

    private static string MakeKey(string place, string? category) => $"{place}|c:{category ?? "*"}";
}

/// <summary>
/// A partnership's sub-municipal areas grouped into their versions: the same kind, commune and name
/// (accents and case ignored) are one area over time, as the territory's imports decide (<see cref="AreaVersioning"/>).
/// Commune outlines are not areas here: events are placed in the commune, not in its outline.
/// </summary>
public sealed class AreaVersions
{
    private readonly Dictionary<Guid, Row> _byId;
    private readonly ILookup<(AreaKind, string, string), Row> _groups;

    private sealed record Row(Guid Id, string Name, AreaKind Kind, string Commune, DateOnly ValidFrom, DateOnly? ValidUntil)
    {
        public (AreaKind, string, string) Identity => (Kind, Commune, SearchText.Normalize(Name));
    }

    private AreaVersions(List<Row> rows)
    {
        _byId = rows.ToDictionary(r => r.Id);
        _groups = rows.ToLookup(r => r.Identity);
    }

    public static async Task<AreaVersions> LoadAsync(CoprodDbContext db, Guid partnershipId, CancellationToken ct) =>
        new(await db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.Kind != AreaKind.Commune)
            .Select(a => new Row(a.Id, a.Name, a.Kind, a.CommuneInsee, a.ValidFrom, a.ValidUntil)).ToListAsync(ct));

    /// <summary>Every version of the area (itself included).</summary>
    public IReadOnlySet<Guid> VersionsOf(Guid areaId) =>
        _byId.TryGetValue(areaId, out var row) ? _groups[row.Identity].Select(r => r.Id).ToHashSet() : new HashSet<Guid> { areaId };

    /// <summary>The first version of the area: the stable name of its series.</summary>
    public Guid FirstOf(Guid areaId) =>
        _byId.TryGetValue(areaId, out var row) ? _groups[row.Identity].OrderBy(r => r.ValidFrom).ThenBy(r => r.Id).First().Id : areaId;

    /// <summary>The version valid on <paramref name="day"/>, or the latest one when none is.</summary>
    public Guid CurrentOf(Guid areaId, DateOnly day) =>
        _byId.TryGetValue(areaId, out var row)
            ? (_groups[row.Identity].FirstOrDefault(r => Area.IsValidOn(r.ValidFrom, r.ValidUntil, day)) ?? _groups[row.Identity].MaxBy(r => r.ValidFrom)!).Id
            : areaId;

    /// <summary>The areas valid on <paramref name="day"/>.</summary>
    public IEnumerable<Guid> CurrentOn(DateOnly day) =>
        _byId.Values.Where(r => Area.IsValidOn(r.ValidFrom, r.ValidUntil, day)).OrderBy(r => r.Commune, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => r.Id);

    /// <summary>The area's name with its commune's code, or null when unknown.</summary>
    public (string Name, string Commune)? Describe(Guid areaId) => _byId.TryGetValue(areaId, out var row) ? (row.Name, row.Commune) : null;
}
