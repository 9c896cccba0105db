using Coprod.Web.Modules.Events;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// What a hotspot or density map is computed on (VEI-3): the located events of a period and
/// categories, over the partnership's territory. Shared by <see cref="ComputeHotspots"/> and
/// <see cref="ComputeDensity"/>.
/// </summary>
/// <remarks>
/// Only members who read every event of the partnership may ask: a map computed over events a field
/// agent cannot read would tell them where those events are. The territory is the union of the
/// partnership's commune outlines (areas of kind <see cref="AreaKind.Commune"/>) valid on the last day
/// of the period; without any, the grid covers the points' bounding box.
/// </remarks>
public sealed class HotspotStudy(EventAccess access, EventCategories categories, CoprodDbContext db, AreaIndexCache areas, TimeProvider clock,
    IStringLocalizer<EventsText> et, IStringLocalizer<WatchText> t)
{
    /// <summary>Default period: the last 90 days, today included.</summary>
    public const int DefaultDays = 90;

    /// <summary>Default cell side, in metres.</summary>
    public const double DefaultCell = 200;

    /// <summary>The query string as typed: <c>from</c>, <c>to</c> (Paris days), <c>category</c> (codes), <c>cell</c> and the neighbourhood (metres).</summary>
    public sealed record Query(string? From, string? To, string? Category, string? Cell, string? Reach);

    /// <summary>The checked request and the points and boundary to grid.</summary>
    public sealed record Study(DateOnly From, DateOnly To, IReadOnlyList<string> Categories, double Cell, double? Reach, IReadOnlyList<WatchPoint> Points,
        Geometry? Boundary)
    {
        /// <summary>What the grid covers: <c>communes</c> (their outlines) or <c>points</c> (their bounding box).</summary>
        public string Extent => Boundary is null ? "points" : "communes";
    }

    /// <summary>The study, or the refusal (403, 422) or the query's errors (400).</summary>
    public sealed record Outcome(Study? Study, ProblemHttpResult? Refused = null, ValidationProblem? Invalid = null);

    /// <summary>
    /// Checks the caller and the query, then reads the points and the boundary; <paramref name="reachField"/> is the
    /// query name of the neighbourhood, for its error (<c>band</c> or <c>bandwidth</c>).
    /// </summary>
    public async Task<Outcome> PrepareAsync(Guid partnershipId, Query query, string reachField, Guid userId, CancellationToken ct)
    {
        var seat = await access.SeatAsync(partnershipId, userId, ct);
        if (seat is not { ReadsAll: true })
        {
            return new Outcome(null, TypedResults.Problem(detail: seat is null ? null : t["Hotspot_AgentsRefused"].Value, statusCode: StatusCodes.Status403Forbidden));
        }
        var v = new Validation();
        var filter = EventFilter.TryParse(new EventFilter.Query(query.From, query.To, query.Category, null, null, null, null),
            await categories.LoadAsync(partnershipId, ct), v, et);
        var cell = Number(query.Cell, DefaultCell, "cell", "Query_Cell", v);
        var reach = string.IsNullOrWhiteSpace(query.Reach) ? (double?)null : Number(query.Reach, 0, reachField, "Query_Reach", v);
        if (filter is null || !v.IsValid)
        {
            return new Outcome(null, Invalid: TypedResults.ValidationProblem(v.Errors));
        }
        var to = filter.To ?? ParisTime.Today(clock);
        var from = filter.From ?? to.AddDays(1 - DefaultDays);
        if (from > to)
        {
            return new Outcome(null, Invalid: TypedResults.ValidationProblem(Validation.Single("from", et["Filter_ToBeforeFrom"])));
        }
        var events = (filter with { From = from, To = to }).Apply(access.Readable(partnershipId, seat))
            .Where(e => e.Longitude != null && e.Latitude != null);
        var points = new List<WatchPoint>();
        await foreach (var point in events.Select(e => new WatchPoint(e.Longitude!.Value, e.Latitude!.Value, 1)).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (points.Count == EventLimits.MapPoints)
            {
                return new Outcome(null, TypedResults.Problem(detail: t["Hotspot_TooManyPoints", EventLimits.MapPoints], statusCode: StatusCodes.Status422UnprocessableEntity));
            }
            points.Add(point);
        }
        var codes = query.Category is null ? [] : query.Category.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        return new Outcome(new Study(from, to, codes, cell, reach, points, await BoundaryAsync(partnershipId, to, ct)));
    }

    /// <summary>The union of the commune outlines valid on <paramref name="day"/>, in a fixed order; null when there is none.</summary>
    private async Task<Geometry?> BoundaryAsync(Guid partnershipId, DateOnly day, CancellationToken ct)
    {
        var index = await areas.GetAsync(db, partnershipId, ct);
        var communes = index.ValidOn(day).Where(a => a.Area.Kind == AreaKind.Commune).OrderBy(a => a.Area.Id).Select(a => a.Geometry).ToList();
        if (communes.Count == 0)
        {
            return null;
        }
        return communes.Count == 1 ? communes[0] : AreaGeometry.Services.CreateGeometryFactory().BuildGeometry(communes).Union();
    }

    private double Number(string? text, double fallback, string field, string message, Validation v)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        var ok = QueryValues.TryNumber(text.Trim(), double.Epsilon, 1e6, out var value);
        v.Check(ok, field, t[message]);
        return ok ? value : fallback;
    }
}
