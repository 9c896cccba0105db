using System.Globalization;
using Coprod.Web.Platform;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>GET …/events.csv</c> (EVT-5): the events as a spreadsheet for French Excel — UTF-8 with a BOM,
/// « ; » separator, French headers (<see cref="EventCsvColumns.Export"/>), dates in Paris time
/// (<c>JJ/MM/AAAA HH:MM</c>, and ISO 8601 with its offset in <c>date_iso</c>), decimal commas.
/// Texts that a spreadsheet would run as a formula are escaped. Written as it is read.
/// </summary>
public static class ExportEventsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public sealed class Handler(EventExport export, TimeProvider clock, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, EventFilter.Query query,
            Guid userId, CancellationToken ct)
        {
            var outcome = await export.SelectAsync(partnershipId, query, userId, ct);
            if (outcome.Selection is not { } selection)
            {
                return outcome.Invalid is { } invalid ? invalid : outcome.Refused!;
            }
            return TypedResults.Stream(body => WriteAsync(body, export.ReadAsync(selection, ct), t, ct), ContentType, EventExport.FileName(clock, "csv"));
        }
    }

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<EventDto> events, IStringLocalizer<EventsText> t, CancellationToken ct)
    {
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(body, options, leaveOpen: true);
        csv.WriteHeader([.. EventCsvColumns.Export]);
        await foreach (var e in events.WithCancellation(ct))
        {
            var paris = ParisTime.ToParis(e.OccurredAt);
            csv.WriteField(e.Id.ToString());
            csv.WriteField(e.Category);
            csv.WriteField(e.CategoryLabel);
            csv.WriteField(t[$"Severity_{e.Severity}"].Value);
            csv.WriteField(paris.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture));
            csv.WriteField(paris.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            // Numbers, so a western longitude's minus sign is not escaped as a formula would be.
            WriteNumber(csv, e.Latitude);
            WriteNumber(csv, e.Longitude);
            csv.WriteField(e.Commune);
            csv.WriteField(e.CommuneName);
            csv.WriteField(e.AreaName);
            csv.WriteField(e.Description);
            csv.WriteField(e.ReportingInstitution);
            csv.WriteField(e.ExternalReference);
            csv.WriteField(t[$"Source_{e.Source}"].Value);
            // Ends the record and sends a full buffer asynchronously (the response refuses synchronous writes).
            await csv.EndRecordAsync(ct);
        }
        await csv.FlushAsync(ct);
    }

    private static void WriteNumber(CsvWriter csv, double? value)
    {
        if (value is { } number)
        {
            csv.WriteField(number, "", French);
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }
}
