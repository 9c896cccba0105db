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
/// <see cref="EventLimits.MapPoints"/>, else a 422 asking for narrower filters (read in one pass, before
/// anything is written). Events placed only by
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
            // One pass: the rows are read before anything is written, so that a selection over the limit is a clean 422.
            var rows = new List<Row>();
            var withoutPoint = 0;
            var read = filter.Apply(access.Readable(partnershipId, seat))
                .OrderByDescending(e => e.OccurredAt).ThenBy(e => e.Id)
                .Select(e => new Row(e.Id, e.Longitude, e.Latitude, e.CategoryId, e.Severity, e.OccurredAt))
                .AsAsyncEnumerable();
            await foreach (var row in read.WithCancellation(ct))
            {
                if (row.Longitude is null || row.Latitude is null)
                {
                    withoutPoint++;
                }
                else if (rows.Count == EventLimits.MapPoints)
                {
                    return TypedResults.Problem(detail: t["Points_TooMany", EventLimits.MapPoints], statusCode: StatusCodes.Status422UnprocessableEntity);
                }
                else
                {
                    rows.Add(row);
                }
            }
            return TypedResults.Stream(body => WriteAsync(body, taxonomy, rows, withoutPoint, ct), "application/json");
        }
    }

    private sealed record Row(Guid Id, double? Longitude, double? Latitude, Guid CategoryId, EventSeverity Severity, DateTimeOffset OccurredAt);

    private static async Task WriteAsync(Stream body, IReadOnlyList<EventCategory> taxonomy, IReadOnlyList<Row> rows, int withoutPoint, CancellationToken ct)
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
        foreach (var row in rows)
        {
            json.WriteStartArray();
            json.WriteStringValue(row.Id);
            json.WriteNumberValue(Math.Round(row.Longitude!.Value, 6));
            json.WriteNumberValue(Math.Round(row.Latitude!.Value, 6));
            json.WriteNumberValue(index[row.CategoryId]);
            json.WriteNumberValue((int)row.Severity);
            json.WriteNumberValue(row.OccurredAt.ToUnixTimeSeconds());
            json.WriteEndArray();
            if (json.BytesPending > 32 * 1024)
            {
                await json.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        json.WriteNumber("count", rows.Count);
        json.WriteNumber("withoutPoint", withoutPoint);
        json.WriteNumber("limit", EventLimits.MapPoints);
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }
}
