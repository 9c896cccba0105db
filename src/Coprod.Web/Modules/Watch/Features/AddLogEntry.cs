using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>POST …/alerts/{id}/log</c>: the watch team writes a line in the procedure's log — what was done,
/// decided, seen. The text is anonymous (PRIV-1): it is refused when it names someone (422).
/// </summary>
public static class AddLogEntry
{
    public sealed record Request(string? Text, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, ProcedureEditing editing, ProcedureLine lines, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.InProcedure, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var count = await db.Set<AlertLogEntry>().CountAsync(l => l.AlertId == alertId, ct);
            var (line, invalid, refused) = lines.Check(r.Text, r.PrivacyOverride, count < AlertLimits.LogEntries, t["Log_TooMany", AlertLimits.LogEntries]);
            if (line is null)
            {
                return invalid is null ? refused! : invalid;
            }
            var entry = new AlertLogEntry { Id = Guid.NewGuid(), AlertId = alertId, At = editing.Now, AuthorId = actorId, Kind = AlertLogKind.Note, Text = line.Text };
            db.Add(entry);
            return await editing.SaveAsync(loaded!, ct, [
                new AuditEntry(AuditEventType.WatchLogEntryAdded, partnershipId, actorId, "alert", alertId.ToString(), new { entry = entry.Id }),
                .. line.Privacy.AuditEntries(partnershipId, actorId, "alert", alertId.ToString())]);
        }
    }
}
