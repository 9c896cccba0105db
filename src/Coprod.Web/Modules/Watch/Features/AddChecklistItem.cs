using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>POST …/alerts/{id}/checklist</c>: the watch team adds a step to the procedure's checklist (<c>text</c>, anonymous).</summary>
public static class AddChecklistItem
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
            var items = await db.Set<AlertChecklistItem>().Where(c => c.AlertId == alertId).Select(c => c.Position).ToListAsync(ct);
            var (line, invalid, refused) = lines.Check(r.Text, r.PrivacyOverride, items.Count < AlertLimits.ChecklistItems,
                t["Checklist_TooMany", AlertLimits.ChecklistItems]);
            if (line is null)
            {
                return invalid is null ? refused! : invalid;
            }
            var item = new AlertChecklistItem { Id = Guid.NewGuid(), AlertId = alertId, Position = items.DefaultIfEmpty(0).Max() + 1, Text = line.Text };
            db.Add(item);
            editing.Log(loaded!.Alert, actorId, AlertLogKind.ChecklistItemAdded, line.Text);
            return await editing.SaveAsync(loaded, ct, [
                new AuditEntry(AuditEventType.WatchChecklistItemAdded, partnershipId, actorId, "alert", alertId.ToString(), new { item = item.Id }),
                .. line.Privacy.AuditEntries(partnershipId, actorId, "alert", alertId.ToString())]);
        }
    }
}
