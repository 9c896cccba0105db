using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>An event as the API and pages show it: names resolved, the author never named (only <see cref="ReportedByMe"/>).</summary>
public sealed record EventDto(
    Guid Id,
    string Category,
    string CategoryLabel,
    EventSeverity Severity,
    DateTimeOffset OccurredAt,
    DateTimeOffset ReportedAt,
    double? Latitude,
    double? Longitude,
    string Commune,
    string CommuneName,
    Guid? AreaId,
    string? AreaName,
    string Description,
    Guid ReportingInstitutionId,
    string ReportingInstitution,
    EventSource Source,
    string? ExternalReference,
    bool ReportedByMe);

/// <summary>Builds <see cref="EventDto"/>s for a set of events with one query per lookup, whatever their number.</summary>
public sealed class EventDtos(CoprodDbContext db, IGeography geography, EventReferenceData reference)
{
    public async Task<IReadOnlyList<EventDto>> ForAsync(Guid partnershipId, IReadOnlyList<SafetyEvent> events, Guid? viewerId, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return [];
        }
        var areaIds = events.Where(e => e.AreaId is not null).Select(e => e.AreaId!.Value).Distinct().ToList();
        var map = await MapperAsync(partnershipId, areaIds, viewerId, ct);
        return events.Select(map).ToList();
    }

    /// <summary>
    /// For events accepted in this request: the names come from what the intake has already read
    /// (<see cref="EventReferenceData"/>), area names from the area index it placed them with; no query of its own.
    /// </summary>
    public async Task<IReadOnlyList<EventDto>> ForAcceptedAsync(Guid partnershipId, IReadOnlyList<SafetyEvent> events, Guid? viewerId, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return [];
        }
        var categories = await reference.CategoriesByIdAsync(partnershipId, ct);
        var institutions = await reference.InstitutionsAsync(partnershipId, ct);
        var areaIds = events.Where(e => e.AreaId is not null).Select(e => e.AreaId!.Value).ToHashSet();
        var areas = areaIds.Count == 0
            ? []
            : (await reference.TerritoryAsync(partnershipId, ct)).Areas.Areas.Where(a => areaIds.Contains(a.Area.Id))
                .ToDictionary(a => a.Area.Id, a => a.Area.Name);
        var map = Mapper(categories, institutions, areas, viewerId);
        return events.Select(map).ToList();
    }

    /// <summary>
    /// Loads the names once and returns the mapping, for exports that stream events one by one;
    /// <paramref name="areaIds"/> limits the areas loaded (null: all the partnership's areas).
    /// </summary>
    public async Task<Func<SafetyEvent, EventDto>> MapperAsync(Guid partnershipId, IReadOnlyList<Guid>? areaIds, Guid? viewerId, CancellationToken ct)
    {
        var categories = await db.Set<EventCategory>().AsNoTracking().Where(c => c.PartnershipId == partnershipId)
            .ToDictionaryAsync(c => c.Id, ct);
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).Select(i => new { i.Id, i.Name })
            .ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var areaQuery = db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnershipId);
        var areas = areaIds is { Count: 0 }
            ? []
            : await (areaIds is null ? areaQuery : areaQuery.Where(a => areaIds.Contains(a.Id))).Select(a => new { a.Id, a.Name })
                .ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return Mapper(categories, institutions, areas, viewerId);
    }

    private Func<SafetyEvent, EventDto> Mapper(IReadOnlyDictionary<Guid, EventCategory> categories, IReadOnlyDictionary<Guid, string> institutions,
        IReadOnlyDictionary<Guid, string> areas, Guid? viewerId)
    {
        var communes = new Dictionary<string, string>(StringComparer.Ordinal);
        return e =>
        {
            var category = categories[e.CategoryId];
            if (!communes.TryGetValue(e.CommuneInsee, out var communeName))
            {
                communes[e.CommuneInsee] = communeName = geography.FindCommune(e.CommuneInsee)?.Name ?? e.CommuneInsee;
            }
            return new EventDto(e.Id, category.Code, category.Label, e.Severity, e.OccurredAt, e.ReportedAt, e.Latitude, e.Longitude,
                e.CommuneInsee, communeName, e.AreaId, e.AreaId is { } a && areas.TryGetValue(a, out var areaName) ? areaName : null,
                e.Description, e.ReportingInstitutionId, institutions.GetValueOrDefault(e.ReportingInstitutionId, ""), e.Source, e.ExternalReference,
                viewerId is not null && e.AuthorUserId == viewerId);
        };
    }
}
