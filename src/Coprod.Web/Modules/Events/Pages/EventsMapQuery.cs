using System.Globalization;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;

namespace Coprod.Web.Modules.Events.Pages;

/// <summary>
/// The filters of the events map page, as the list handler reads them (<see cref="Filter"/>), as the
/// points API reads them (<see cref="PointsQueryString"/>) and as the hotspot and density layers read
/// the period and categories (<see cref="LayerQueryString"/>).
/// </summary>
public sealed record EventsMapQuery(DateOnly? From, DateOnly? To, IReadOnlyList<string> Categories, string? Commune, Guid? AreaId, EventSeverity? MinSeverity)
{
    /// <summary>The page opens on the last 90 days, the hotspots' default period.</summary>
    public static EventsMapQuery Default(DateOnly today) => new(today.AddDays(-89), today, [], null, null, null);

    public EventFilter.Query Filter => new(Day(From), Day(To), Categories.Count == 0 ? null : string.Join(',', Categories), Commune, AreaId?.ToString(),
        MinSeverity?.ToString(), null);

    public string PointsQueryString => QueryString(
        ("from", Day(From)), ("to", Day(To)), ("category", Filter.Category), ("commune", Commune), ("areaId", AreaId?.ToString()), ("minSeverity", MinSeverity?.ToString()));

    public string LayerQueryString => QueryString(("from", Day(From)), ("to", Day(To)), ("category", Filter.Category));

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string QueryString(params (string Name, string? Value)[] values)
    {
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
