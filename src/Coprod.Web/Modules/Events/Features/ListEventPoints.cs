using System.Text.Json;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>GET …/events/points</c> (EVT-5): every event the member may read that has a point, with the
/// list's filters, as compact rows for the map to cluster in the browser — up to
/// <see cref="EventLimits.MapPoints"/>, else a 422 asking for narrower filters. Events placed only by
/// their commune or area are not points: they are counted in <c>withoutPoint</c>.
/// </summary>
/// <remarks>
/// The body, written as it is read:
/// <code>
/// { "columns": ["id", "lon", "lat", "category", "severity", "occurredAt"],
///   "categories": [{ "code": "rodeo", "label": "Rodéo" }, …],
///   "points": [["0f8fad5b-…", 5.72, 45.145, 0, 3, 1767225600], …],
///   "count": 1, "withoutPoint": 0, "limit": 200000 }
/// </code>
/// <c>category</c> is an index into <c>categories</c> (the partnership's taxonomy in display order,
/// retired ones included), <c>severity</c> 1 (Faible) to 4 (TresGrave), <c>occurredAt</c> Unix
/// seconds (UTC); longitude and latitude are rounded to 6 decimals (about 10 cm). Newest first.
/// </remarks>
public static class ListEventPoints
{
    /// <summary>The columns of each row of <c>points</c>, in order.</summary>
    public static readonly string[] Columns = ["id", "lon", "lat", "category", "severity", "occurredAt"];

    public sealed class Handler(EventAccess access, EventCategories categories, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, EventFilter.Query query,
            Guid userId, CancellationToken ct)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            if (seat is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            var taxonomy = await categories.LoadAsync(partnershipId, ct);
            var v = new Validation();
            var filter = EventFilter.TryParse(query, taxonomy, v, t);
            if (filter is null)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var events = filter.Apply(access.Readable(partnershipId, seat));
            var counts = await events.GroupBy(e => 1)
                .Select(g => new { All = g.Count(), Placed = g.Count(e => e.Longitude != null && e.Latitude != null) })
                .FirstOrDefaultAsync(ct);
            var (placed, withoutPoint) = counts is null ? (0, 0) : (counts.Placed, counts.All - counts.Placed);
            if (placed > EventLimits.MapPoints)
            {
                return TypedResults.Problem(detail: t["Points_TooMany", placed, EventLimits.MapPoints], statusCode: StatusCodes.Status422UnprocessableEntity);
            }
            var rows = events.Where(e => e.Longitude != null && e.Latitude != null)
                .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id)
                .Select(e => new Row(e.Id, e.Longitude!.Value, e.Latitude!.Value, e.CategoryId, e.Severity, e.OccurredAt))
                .AsAsyncEnumerable();
            return TypedResults.Stream(body => WriteAsync(body, taxonomy, rows, withoutPoint, ct), "application/json");
        }
    }

    private sealed record Row(Guid Id, double Longitude, double Latitude, Guid CategoryId, EventSeverity Severity, DateTimeOffset OccurredAt);

    private static async Task WriteAsync(Stream body, IReadOnlyList<EventCategory> taxonomy, IAsyncEnumerable<Row> rows, int withoutPoint, CancellationToken ct)
    {
        var index = taxonomy.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteStartArray("columns");
        foreach (var column in Columns)
        {
            json.WriteStringValue(column);
        }
        json.WriteEndArray();
        json.WriteStartArray("categories");
        foreach (var c in taxonomy)
        {
            json.WriteStartObject();
            json.WriteString("code", c.Code);
            json.WriteString("label", c.Label);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("points");
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartArray();
            json.WriteStringValue(row.Id);
            json.WriteNumberValue(Math.Round(row.Longitude, 6));
            json.WriteNumberValue(Math.Round(row.Latitude, 6));
            json.WriteNumberValue(index[row.CategoryId]);
            json.WriteNumberValue((int)row.Severity);
            json.WriteNumberValue(row.OccurredAt.ToUnixTimeSeconds());
            json.WriteEndArray();
            count++;
            if (json.BytesPending > 32 * 1024)
            {
                await json.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        json.WriteNumber("count", count);
        json.WriteNumber("withoutPoint", withoutPoint);
        json.WriteNumber("limit", EventLimits.MapPoints);
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }
}
