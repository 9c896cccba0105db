using System.Security.Cryptography;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Idempotency;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>POST …/events/import</c> (EVT-4): a member imports events from a CSV file (columns:
/// <see cref="EventCsvColumns.Import"/>). <c>dryRun=true</c> previews every row as read, with its
/// errors by line and column; the commit goes through the same <see cref="EventIntake"/> as any
/// report and is all or nothing: one bad row and nothing is stored. The events are reported for the
/// member's institution; the coordinator may import for any institution of the partnership. A commit
/// with an <c>Idempotency-Key</c> is done once: the same file sent again with the same key (a retry
/// after a lost answer) returns the first answer and stores nothing more.
/// </summary>
public static class ImportEvents
{
    public sealed record RowError(string Column, string Message);

    /// <summary>A row as it will be imported: its line in the file, what was read, and what is wrong.</summary>
    public sealed record Row(int Line, string? Category, DateTimeOffset? OccurredAt, EventSeverity? Severity, string? Description,
        double? Latitude, double? Longitude, string? Commune, Guid? AreaId, string? Reference, IReadOnlyList<RowError> Errors);

    public sealed record Preview(bool Committed, int Count, int RowsWithErrors, string Separator, IReadOnlyList<string> IgnoredColumns, IReadOnlyList<Row> Rows)
    {
        public bool IsValid => RowsWithErrors == 0;
    }

    public sealed class Handler(CoprodDbContext db, EventAccess access, EventCategories categories, AreaIndexCache areas, ListPartnershipCommunes.Handler communes,
        EventIntake intake, EventSaver saver, IdempotencyKeys keys, TimeProvider clock, IStringLocalizer<EventsText> t, IStringLocalizer<UiText> ui)
    {
        private const string Operation = "events.import";

        public async Task<Results<Ok<Preview>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid userId, byte[] file, Guid? institutionId,
            bool dryRun, CancellationToken ct, string? idempotencyKey = null)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            if (seat is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
            }
            if (await ReporterAsync(partnershipId, seat, institutionId, ct) is not { } reporter)
            {
                return TypedResults.ValidationProblem(Validation.Single("institutionId",
                    seat.Institutions.Count == 0 && !seat.Manages ? t["Event_NoInstitution"] : t["Event_InstitutionNotYours"]));
            }
            var key = dryRun ? null : idempotencyKey;
            var hash = IdempotencyKeys.Hash(new { file = Convert.ToHexStringLower(SHA256.HashData(file)), institutionId = reporter.InstitutionId });
            if (key is not null)
            {
                if (!IdempotencyKeys.IsValid(key))
                {
                    return TypedResults.ValidationProblem(Validation.Single(IdempotencyKeys.Header, ui["Idempotency_KeyInvalid", IdempotencyKeys.MaxLength]));
                }
                switch (await keys.FindAsync<Preview>(partnershipId, reporter.Scope, key, Operation, hash, ct))
                {
                    case IdempotencyKeys.Replay<Preview> replay:
                        return TypedResults.Ok(replay.Response);
                    case IdempotencyKeys.Mismatch<Preview>:
                        return TypedResults.ValidationProblem(Validation.Single(IdempotencyKeys.Header, ui["Idempotency_KeyReused"]));
                }
            }
            var sheet = EventCsvFile.Read(file);
            if (sheet.Error is { } error)
            {
                return TypedResults.ValidationProblem(Validation.Single("file", t[error, sheet.ErrorArguments ?? []]));
            }
            var cells = new EventCsvCells(await categories.LoadAsync(partnershipId, ct),
                (await communes.HandleAsync(partnershipId, ct)).Select(c => (c.Insee, c.Name)).ToList(), await areas.GetAsync(db, partnershipId, ct), ParisTime.Today(clock), t);
            var parsed = sheet.Rows.Select(r => cells.Read(r.Cells)).ToList();
            var prepared = await intake.PrepareAsync(partnershipId, parsed.Select(p => p.Input).ToList(), reporter, i => $"events[{i}].", ct);
            var rows = Rows(sheet, parsed, prepared);
            var preview = new Preview(false, rows.Count, rows.Count(r => r.Errors.Count > 0), sheet.Separator.ToString(), sheet.IgnoredColumns, rows);
            if (dryRun)
            {
                return TypedResults.Ok(preview);
            }
            if (!preview.IsValid || !prepared.IsValid)
            {
                return Refusal(rows, prepared);
            }
            var committed = preview with { Committed = true };
            if (key is not null)
            {
                keys.Remember(partnershipId, reporter.Scope, key, Operation, hash, StatusCodes.Status200OK, committed);
            }
            await saver.SaveAsync(partnershipId, userId, prepared, null, ct,
                [new AuditEntry(AuditEventType.EventsImported, partnershipId, userId, "events", partnershipId.ToString(),
                    new { count = prepared.Events.Count, institutionId = reporter.InstitutionId })]);
            return TypedResults.Ok(committed);
        }

        // The coordinator imports a partner's spreadsheet for that partner; anyone else for an institution of theirs.
        private async Task<EventReporter?> ReporterAsync(Guid partnershipId, EventAccess.Seat seat, Guid? institutionId, CancellationToken ct)
        {
            if (institutionId is { } id && seat.Manages && !seat.Institutions.Contains(id)
                && await db.Set<Institution>().AnyAsync(i => i.Id == id && i.PartnershipId == partnershipId, ct))
            {
                return new EventReporter(id, seat.UserId, null, EventSource.Import);
            }
            return EventAccess.ReporterFor(seat, institutionId) is { } member ? member with { Source = EventSource.Import } : null;
        }

        private ProblemHttpResult Refusal(IReadOnlyList<Row> rows, EventIntake.Prepared prepared)
        {
            var v = new Validation();
            foreach (var row in rows)
            {
                foreach (var e in row.Errors)
                {
                    v.Add(e.Column.Length == 0 ? $"rows[{row.Line}]" : $"rows[{row.Line}].{e.Column}", e.Message);
                }
            }
            // Personal data alone is a 422, as for any report; anything else wrong is a 400.
            var status = prepared.Errors.IsValid && !prepared.Privacy.IsAccepted && rows.All(r => r.Errors.All(e => e.Column == EventCsvColumns.Description))
                ? StatusCodes.Status422UnprocessableEntity
                : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(new HttpValidationProblemDetails(v.Errors) { Status = status, Title = t["Import_Refused"] });
        }

        private List<Row> Rows(EventCsvFile.Sheet sheet, IReadOnlyList<EventCsvCells.Parsed> parsed, EventIntake.Prepared prepared)
        {
            var fromIntake = new Dictionary<int, List<RowError>>();
            foreach (var (field, messages) in prepared.Errors.Errors.Concat(prepared.Privacy.Errors))
            {
                var close = field.IndexOf(']', StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }
                var index = int.Parse(field[(field.IndexOf('[', StringComparison.Ordinal) + 1)..close], System.Globalization.CultureInfo.InvariantCulture);
                var column = EventCsvColumns.OfField(field[(close + 2)..]);
                if (!parsed[index].Errors.ContainsKey(column))
                {
                    (fromIntake.TryGetValue(index, out var list) ? list : fromIntake[index] = []).AddRange(messages.Select(m => new RowError(column, m)));
                }
            }
            return sheet.Rows.Select((row, i) =>
            {
                var input = parsed[i].Input;
                var errors = parsed[i].Errors.Select(e => new RowError(e.Key, e.Value)).Concat(fromIntake.GetValueOrDefault(i) ?? []).ToList();
                if (row.TooManyCells)
                {
                    errors.Add(new RowError("", t["Import_TooManyCells", sheet.Separator]));
                }
                return new Row(row.Line, input.Category, input.OccurredAt, input.Severity, input.Description, input.Latitude, input.Longitude, input.Commune,
                    input.AreaId, input.ExternalReference, errors);
            }).ToList();
        }
    }
}
