using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>GET …/events.geojson</c> (EVT-5): the events as an RFC 7946 FeatureCollection, written as
/// they are read. Coordinates are WGS84 longitude then latitude; there is no <c>crs</c> member.
/// An event placed only by its commune or area has a <c>null</c> geometry, which RFC 7946 (§3.2)
/// allows for unlocated features: the export holds the same events as the list and the CSV, and
/// a map simply skips those.
/// </summary>
public static class ExportEventsGeoJson
{
    public const string ContentType = "application/geo+json";

    public sealed class Handler(EventExport export, TimeProvider clock)
    {
        public async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, EventFilter.Query query,
            Guid userId, CancellationToken ct)
        {
            var outcome = await export.SelectAsync(partnershipId, query, userId, ct);
            if (outcome.Selection is not { } selection)
            {
                return outcome.Invalid is { } invalid ? invalid : outcome.Refused!;
            }
            return TypedResults.Stream(body => WriteAsync(body, export.ReadAsync(selection, ct), ct), ContentType, EventExport.FileName(clock, "geojson"));
        }
    }

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<EventDto> events, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        await foreach (var e in events.WithCancellation(ct))
        {
            WriteFeature(json, e);
            if (json.BytesPending > 32 * 1024)
            {
                await json.FlushAsync(ct);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteFeature(Utf8JsonWriter json, EventDto e)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", e.Id);
        if (e.Longitude is { } lon && e.Latitude is { } lat)
        {
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("geometry");
        }
        json.WriteStartObject("properties");
        json.WriteString("id", e.Id);
        json.WriteString("category", e.Category);
        json.WriteString("categoryLabel", e.CategoryLabel);
        json.WriteString("severity", e.Severity.ToString());
        json.WriteString("occurredAt", e.OccurredAt);
        json.WriteString("commune", e.Commune);
        json.WriteString("communeName", e.CommuneName);
        if (e.AreaId is { } areaId)
        {
            json.WriteString("areaId", areaId);
        }
        else
        {
            json.WriteNull("areaId");
        }
        json.WriteString("areaName", e.AreaName);
        json.WriteString("description", e.Description);
        json.WriteString("reportingInstitution", e.ReportingInstitution);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
