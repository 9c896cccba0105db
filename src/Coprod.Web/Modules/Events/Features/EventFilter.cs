using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// The filters shared by the list, the map and the exports (EVT-5): <c>from</c> and <c>to</c>
/// (Paris days, inclusive, <c>yyyy-MM-dd</c>), <c>category</c> (codes, comma-separated),
/// <c>commune</c> (INSEE), <c>areaId</c>, <c>minSeverity</c>, <c>bbox</c>
/// (<c>minLon,minLat,maxLon,maxLat</c>, WGS84: located events only).
/// </summary>
public sealed record EventFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<Guid>? CategoryIds = null,
    string? Commune = null,
    Guid? AreaId = null,
    EventSeverity? MinSeverity = null,
    (double MinLon, double MinLat, double MaxLon, double MaxLat)? Bbox = null)
{
    /// <summary>The query string's filters as typed by a user or a client.</summary>
    public sealed record Query(string? From, string? To, string? Category, string? Commune, string? AreaId, string? MinSeverity, string? Bbox);

    /// <summary>Reads the query; unknown category codes, bad dates or a bad box are field errors.</summary>
    public static EventFilter? TryParse(Query q, IReadOnlyList<EventCategory> categories, Validation v, IStringLocalizer<EventsText> t)
    {
        var from = Day(q.From, "from", v, t);
        var to = Day(q.To, "to", v, t);
        v.Check(from is null || to is null || from <= to, "to", t["Filter_ToBeforeFrom"]);
        List<Guid>? ids = null;
        if (!string.IsNullOrWhiteSpace(q.Category))
        {
            ids = [];
            foreach (var code in q.Category.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var category = categories.FirstOrDefault(c => c.Code == code.ToLowerInvariant());
                if (category is null)
                {
                    v.Add("category", t["Event_CategoryUnknown", code]);
                }
                else
                {
                    ids.Add(category.Id);
                }
            }
        }
        Guid? areaId = null;
        if (!string.IsNullOrWhiteSpace(q.AreaId))
        {
            areaId = Guid.TryParse(q.AreaId, out var a) ? a : null;
            v.Check(areaId is not null, "areaId", t["Filter_AreaId"]);
        }
        EventSeverity? severity = null;
        if (!string.IsNullOrWhiteSpace(q.MinSeverity))
        {
            severity = Enum.TryParse<EventSeverity>(q.MinSeverity, true, out var s) && Enum.IsDefined(s) ? s : null;
            v.Check(severity is not null, "minSeverity", t["Event_SeverityUnknown"]);
        }
        var bbox = Box(q.Bbox, v, t);
        return v.IsValid ? new EventFilter(from, to, ids, string.IsNullOrWhiteSpace(q.Commune) ? null : q.Commune.Trim(), areaId, severity, bbox) : null;
    }

    public IQueryable<SafetyEvent> Apply(IQueryable<SafetyEvent> events)
    {
        if (From is { } from)
        {
            var start = ParisTime.FromLocal(from.ToDateTime(TimeOnly.MinValue)).ToUniversalTime();
            events = events.Where(e => e.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = ParisTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).ToUniversalTime();
            events = events.Where(e => e.OccurredAt < end);
        }
        if (CategoryIds is { } ids)
        {
            events = events.Where(e => ids.Contains(e.CategoryId));
        }
        if (Commune is { } commune)
        {
            events = events.Where(e => e.CommuneInsee == commune);
        }
        if (AreaId is { } area)
        {
            events = events.Where(e => e.AreaId == area);
        }
        if (MinSeverity is { } severity)
        {
            events = events.Where(e => e.Severity >= severity);
        }
        if (Bbox is var (minLon, minLat, maxLon, maxLat))
        {
            events = events.Where(e => e.Longitude >= minLon && e.Longitude <= maxLon && e.Latitude >= minLat && e.Latitude <= maxLat);
        }
        return events;
    }

    private static DateOnly? Day(string? text, string field, Validation v, IStringLocalizer<EventsText> t)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var ok = QueryValues.TryDate(text, default, out var day);
        v.Check(ok, field, t["Filter_Date"]);
        return ok ? day : null;
    }

    private static (double, double, double, double)? Box(string? text, Validation v, IStringLocalizer<EventsText> t)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Split(',');
        if (parts.Length == 4
            && QueryValues.TryNumber(parts[0], -180, 180, out var minLon) && QueryValues.TryNumber(parts[1], -90, 90, out var minLat)
            && QueryValues.TryNumber(parts[2], -180, 180, out var maxLon) && QueryValues.TryNumber(parts[3], -90, 90, out var maxLat)
            && minLon <= maxLon && minLat <= maxLat)
        {
            return (minLon, minLat, maxLon, maxLat);
        }
        v.Add("bbox", t["Filter_Bbox"]);
        return null;
    }
}
