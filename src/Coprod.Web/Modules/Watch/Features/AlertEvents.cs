using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// Reads the events the watch counts: only when they occurred and in which area, for one category (or
/// all) and the places of some series, over a period — never what they were about.
/// </summary>
public sealed class AlertEvents(CoprodDbContext db)
{
    /// <summary>One event: when it occurred and its area.</summary>
    public readonly record struct Hit(DateTimeOffset At, Guid? AreaId);

    /// <summary>The category's id; null for all categories (<c>Known</c> false when the code is not the partnership's).</summary>
    public async Task<(Guid? Id, bool Known)> CategoryAsync(Guid partnershipId, string? code, CancellationToken ct)
    {
        if (code is null)
        {
            return (null, true);
        }
        var id = await db.Set<EventCategory>().AsNoTracking().Where(c => c.PartnershipId == partnershipId && c.Code == code)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        return (id, id is not null);
    }

    /// <summary>When the partnership's data starts: its earliest event, or null without any.</summary>
    public Task<DateTimeOffset?> FirstEventAsync(Guid partnershipId, CancellationToken ct) =>
        db.Set<SafetyEvent>().AsNoTracking().Where(e => e.PartnershipId == partnershipId)
            .OrderBy(e => e.OccurredAt).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);

    /// <summary>The events of <paramref name="series"/> (all of one place kind) that occurred in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public async Task<List<Hit>> LoadAsync(Guid partnershipId, Guid? categoryId, IReadOnlyList<AlertSeries> series, DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct)
    {
        if (series.Count == 0 || to <= from)
        {
            return [];
        }
        var query = db.Set<SafetyEvent>().AsNoTracking().Where(e => e.PartnershipId == partnershipId && e.OccurredAt >= from && e.OccurredAt < to);
        if (categoryId is { } category)
        {
            query = query.Where(e => e.CategoryId == category);
        }
        if (series[0].Commune is { } commune)
        {
            query = query.Where(e => e.CommuneInsee == commune);
        }
        else if (series[0].AreaId is not null)
        {
            var areas = series.SelectMany(s => s.AreaIds).Distinct().ToList();
            query = query.Where(e => e.AreaId != null && areas.Contains(e.AreaId.Value));
        }
        return await query.Select(e => new Hit(e.OccurredAt, e.AreaId)).ToListAsync(ct);
    }

    /// <summary>Whether a loaded event belongs to <paramref name="series"/> (the query already kept its commune or territory).</summary>
    public static bool Belongs(Hit hit, AlertSeries series) => series.AreaId is null || (hit.AreaId is { } area && series.AreaIds.Contains(area));

    /// <summary>The counts per ISO week (Paris time) of the events of <paramref name="series"/> up to <paramref name="asOf"/>.</summary>
    public static Dictionary<IsoWeek, int> ByWeek(IEnumerable<Hit> hits, AlertSeries series, DateTimeOffset asOf) =>
        hits.Where(h => h.At <= asOf && Belongs(h, series)).GroupBy(h => WatchCalendar.WeekOf(h.At)).ToDictionary(g => g.Key, g => g.Count());
}
