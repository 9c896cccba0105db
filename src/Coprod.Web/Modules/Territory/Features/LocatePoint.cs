using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>
/// <c>GET …/areas/locate?lat=&amp;lon=&amp;at=</c>: the areas of the partnership containing a point,
/// smallest first, and the commune of the smallest one. Without commune outlines in the COG, a
/// point outside every area has no commune.
/// </summary>
public static class LocatePoint
{
    public sealed record Request(Guid PartnershipId, string? Lat, string? Lon, string? At);

    /// <summary>Where a point falls on a day: its commune (when an area contains it) and the areas, smallest first.</summary>
    public sealed record PointLocation(DateOnly At, double Lat, double Lon, CommuneDto? Commune, IReadOnlyList<AreaSummary> Areas);

    public sealed class Handler(CoprodDbContext db, AreaIndexCache cache, IGeography geography, TimeProvider clock, IStringLocalizer<TerritoryText> t)
    {
        public async Task<Results<Ok<PointLocation>, ValidationProblem>> HandleAsync(Request request, CancellationToken ct = default)
        {
            var validation = new Validation()
                .Check(QueryValues.TryNumber(request.Lat, -90, 90, out var lat), "lat", t["Query_Latitude"])
                .Check(QueryValues.TryNumber(request.Lon, -180, 180, out var lon), "lon", t["Query_Longitude"])
                .Check(QueryValues.TryDate(request.At, QueryValues.Today(clock), out var at), "at", t["Query_Date"]);
            if (!validation.IsValid)
            {
                return TypedResults.ValidationProblem(validation.Errors);
            }
            var index = await cache.GetAsync(db, request.PartnershipId, ct);
            var point = AreaGeometry.Services.CreateGeometryFactory().CreatePoint(new Coordinate(lon, lat));
            var areas = index.Locate(point, at);
            var commune = areas.Count == 0 ? null : geography.FindCommune(areas[0].Area.CommuneInsee);
            return TypedResults.Ok(new PointLocation(at, lat, lon,
                commune is null ? null : CommuneDto.From(commune, geography),
                areas.Select(a => a.Area).ToList()));
        }
    }
}
