using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>A service as a field agent needs it: who, and how to reach them.</summary>
public sealed record ServiceContact(Guid Id, string Name, Guid InstitutionId, string InstitutionName, InstitutionType InstitutionType, string Phone, string? Email, string? Address);

/// <summary>An on-call entry in force, with its service.</summary>
public sealed record OnCallEntry(ServiceContact Service, string Label, string Phone, DateTimeOffset From, DateTimeOffset To);

/// <summary>
/// What the read-side questions (who handles, coverage, on-call) need about one place: the
/// partnership's services that cover it, with their presence slots on it.
/// </summary>
internal sealed class DirectoryQuery
{
    public required Place Place { get; init; }
    public required DirectoryPlaces Places { get; init; }
    public required IReadOnlyList<DirectoryService> Services { get; init; }
    public required IReadOnlyDictionary<Guid, ServiceContact> Contacts { get; init; }

    /// <summary>Each covering service's presence slots that apply to the place.</summary>
    public required ILookup<Guid, PresenceSlot> Slots { get; init; }

    /// <summary>Whether a record on (<paramref name="commune"/>, <paramref name="areaId"/>) of the service applies to the place; neither means all the service's territories.</summary>
    public static bool Applies(DirectoryService service, string? commune, Guid? areaId, Place place) =>
        commune is null && areaId is null ? Covers(service, place) : place.IsCoveredBy(commune, areaId);

    public static bool Covers(DirectoryService service, Place place) => service.Territories.Any(x => place.IsCoveredBy(x.CommuneInsee, x.AreaId));

    /// <summary>The services competent for <paramref name="problem"/> on the place, in the order their competences were read.</summary>
    public async Task<IReadOnlyList<Guid>> CompetentForAsync(CoprodDbContext db, string problem, CancellationToken ct)
    {
        var ids = Services.Select(s => s.Id).ToList();
        var byId = Services.ToDictionary(s => s.Id);
        var competences = await db.Set<Competence>().Where(c => ids.Contains(c.ServiceId) && c.ProblemCode == problem).ToListAsync(ct);
        return competences.Where(c => Applies(byId[c.ServiceId], c.CommuneInsee, c.AreaId, Place)).Select(c => c.ServiceId).Distinct().ToList();
    }

    public bool IsPresent(Guid serviceId, DateTimeOffset at)
    {
        var minute = WeekInterval.MinuteOfWeek(at);
        return Slots[serviceId].Any(s => s.Interval.Contains(minute));
    }

    public async Task<IReadOnlyList<OnCallEntry>> OnCallAtAsync(CoprodDbContext db, DateTimeOffset at, IReadOnlyCollection<Guid>? among, CancellationToken ct)
    {
        var ids = (among ?? Contacts.Keys).ToList();
        var utc = at.ToUniversalTime();
        var shifts = await db.Set<OnCallShift>().AsNoTracking().Where(o => ids.Contains(o.ServiceId) && o.From <= utc && o.To > utc).ToListAsync(ct);
        var byId = Services.ToDictionary(s => s.Id);
        return shifts.Where(o => Applies(byId[o.ServiceId], o.CommuneInsee, o.AreaId, Place))
            .OrderBy(o => o.From)
            .Select(o => new OnCallEntry(Contacts[o.ServiceId], o.Label, o.Phone, o.From, o.To))
            .ToList();
    }

    /// <summary>Loads the place named by the query (<c>commune</c> or <c>areaId</c>): 400 when it is malformed or outside the partnership, 404 for an unknown area.</summary>
    public static async Task<(DirectoryQuery? Query, ValidationProblem? Invalid, ProblemHttpResult? NotFound)> LoadAsync(
        CoprodDbContext db, IGeography geography, TimeProvider clock, Guid partnershipId, string? commune, string? areaId, Validation v,
        IStringLocalizer<DirectoryText> t, CancellationToken ct)
    {
        var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
        var place = places.Resolve(commune, areaId, v, t, out var unknownArea);
        if (!v.IsValid)
        {
            return (null, TypedResults.ValidationProblem(v.Errors), null);
        }
        if (unknownArea || place is null)
        {
            return (null, null, DirectoryProblems.AreaNotFound(t));
        }
        var services = (await db.Set<DirectoryService>().AsNoTracking().Include(s => s.Territories).Where(s => s.PartnershipId == partnershipId).ToListAsync(ct))
            .Where(s => Covers(s, place)).ToList();
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, ct);
        var ids = services.Select(s => s.Id).ToList();
        var byId = services.ToDictionary(s => s.Id);
        var slots = (await db.Set<PresenceSlot>().AsNoTracking().Where(s => ids.Contains(s.ServiceId)).ToListAsync(ct))
            .Where(s => Applies(byId[s.ServiceId], s.CommuneInsee, s.AreaId, place));
        return (new DirectoryQuery
        {
            Place = place,
            Places = places,
            Services = services,
            Contacts = services.ToDictionary(s => s.Id, s => new ServiceContact(s.Id, s.Name, s.InstitutionId, institutions[s.InstitutionId].Name, institutions[s.InstitutionId].Type, s.Phone, s.Email, s.Address)),
            Slots = slots.OrderBy(s => s.Interval.Start).ToLookup(s => s.ServiceId),
        }, null, null);
    }
}
