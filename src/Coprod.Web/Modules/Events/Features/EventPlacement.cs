using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Where an event is, from what the reporter gave (TER-3): a point is placed by point-in-polygon
/// among the partnership's areas valid on the day it occurred — its commune from the commune
/// outline or the smallest area containing it, its area the smallest sub-municipal area. Where the
/// partnership has imported commune outlines, a point outside all of them is outside its territory.
/// Without outlines, a point in no area needs its commune.
/// </summary>
public sealed class EventPlacement(AreaIndex index, IReadOnlySet<string> communes)
{
    private static readonly GeometryFactory Factory = AreaGeometry.Services.CreateGeometryFactory();

    /// <summary>A placed event: its commune and area, or the key of the message saying why not and on which field.</summary>
    public sealed record Result(string? Commune, Guid? AreaId, string? ErrorField = null, string? Error = null)
    {
        public bool IsPlaced => Error is null;
    }

    /// <summary>The placement for a partnership: its area index (cached) and its communes.</summary>
    public static async Task<EventPlacement> LoadAsync(CoprodDbContext db, AreaIndexCache areas, Guid partnershipId, CancellationToken ct)
    {
        var index = await areas.GetAsync(db, partnershipId, ct);
        var communes = (await db.Set<PartnershipCommune>().AsNoTracking().Where(c => c.PartnershipId == partnershipId)
            .Select(c => c.InseeCode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return new EventPlacement(index, communes);
    }

    /// <summary>The placement for a partnership as this request has read it (<see cref="EventReferenceData"/>).</summary>
    public static async Task<EventPlacement> LoadAsync(EventReferenceData reference, Guid partnershipId, CancellationToken ct)
    {
        var territory = await reference.TerritoryAsync(partnershipId, ct);
        return new EventPlacement(territory.Areas, territory.Communes);
    }

    public Result Place(double? lat, double? lon, string? commune, Guid? areaId, DateOnly day)
    {
        commune = string.IsNullOrWhiteSpace(commune) ? null : commune.Trim();
        if (commune is not null && !communes.Contains(commune))
        {
            return Fail("commune", "Place_UnknownCommune");
        }
        if (lat is not null || lon is not null)
        {
            return PlacePoint(lat, lon, commune, day);
        }
        if (areaId is { } id)
        {
            var area = index.Areas.FirstOrDefault(a => a.Area.Id == id && a.Area.IsValidOn(day));
            if (area is null)
            {
                return Fail("areaId", "Place_UnknownArea");
            }
            if (commune is not null && commune != area.Area.CommuneInsee)
            {
                return Fail("commune", "Place_AreaInOtherCommune");
            }
            return new Result(area.Area.CommuneInsee, area.Area.Kind == AreaKind.Commune ? null : area.Area.Id);
        }
        return commune is null ? Fail("commune", "Place_Missing") : new Result(commune, null);
    }

    private Result PlacePoint(double? lat, double? lon, string? commune, DateOnly day)
    {
        if (lat is not { } y || lon is not { } x)
        {
            return Fail(lat is null ? "latitude" : "longitude", "Place_BothCoordinates");
        }
        if (!double.IsFinite(y) || y is < -90 or > 90)
        {
            return Fail("latitude", "Place_Latitude");
        }
        if (!double.IsFinite(x) || x is < -180 or > 180)
        {
            return Fail("longitude", "Place_Longitude");
        }
        var found = index.Locate(Factory.CreatePoint(new Coordinate(x, y)), day);
        var outline = found.FirstOrDefault(a => a.Area.Kind == AreaKind.Commune && communes.Contains(a.Area.CommuneInsee));
        var area = found.FirstOrDefault(a => a.Area.Kind != AreaKind.Commune);
        var located = outline?.Area.CommuneInsee ?? area?.Area.CommuneInsee;
        if (located is null)
        {
            var hasOutlines = index.Areas.Any(a => a.Area.Kind == AreaKind.Commune && a.Area.IsValidOn(day));
            if (hasOutlines)
            {
                return Fail("latitude", "Place_OutsideTerritory");
            }
            return commune is null ? Fail("commune", "Place_PointNeedsCommune") : new Result(commune, null);
        }
        if (commune is not null && commune != located)
        {
            return Fail("commune", "Place_PointInOtherCommune");
        }
        return new Result(located, area?.Area.Id);
    }

    private static Result Fail(string field, string key) => new(null, null, field, key);
}
