using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>POST …/alerts/{id}/checklist</c>: the watch team adds a step to the procedure's checklist (<c>text</c>, anonymous).</summary>
public static class AddChecklistItem
{
    public sealed record Request(string? Text, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, ProcedureEditing editing, AnonymousTextGuard guard, IStringLocalizer<WatchText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.InProcedure, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var text = r.Text?.Trim() ?? "";
            var items = await db.Set<AlertChecklistItem>().Where(c => c.AlertId == alertId).Select(c => c.Position).ToListAsync(ct);
            var v = new Validation().Check(text.Length > 0, "text", ui["Validation_Required"]).Check(text.Length <= AlertLimits.Text, "text", ui["Validation_TooLong", AlertLimits.Text])
                .Check(items.Count < AlertLimits.ChecklistItems, "text", t["Checklist_TooMany", AlertLimits.ChecklistItems]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = guard.Begin(r.PrivacyOverride).Check("text", text);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var item = new AlertChecklistItem { Id = Guid.NewGuid(), AlertId = alertId, Position = items.DefaultIfEmpty(0).Max() + 1, Text = text };
            db.Add(item);
            editing.Log(loaded!.Alert, actorId, AlertLogKind.ChecklistItemAdded, text);
            return await editing.SaveAsync(loaded, ct, [
                new AuditEntry(AuditEventType.WatchChecklistItemAdded, partnershipId, actorId, "alert", alertId.ToString(), new { item = item.Id }),
                .. privacy.AuditEntries(partnershipId, actorId, "alert", alertId.ToString())]);
        }
    }
}
