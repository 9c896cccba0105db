using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>PUT …/alerts/{id}/checklist/{itemId}</c> with <c>{ "done": true }</c>: the watch team ticks a step (by whom and when is kept), or unticks it.</summary>
public static class CheckChecklistItem
{
    public sealed record Request(bool? Done);

    public sealed class Handler(CoprodDbContext db, ProcedureEditing editing, IStringLocalizer<WatchText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Guid itemId, Request r,
            Guid actorId, CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.InProcedure, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var item = await db.Set<AlertChecklistItem>().FirstOrDefaultAsync(c => c.Id == itemId && c.AlertId == alertId, ct);
            if (item is null)
            {
                return TypedResults.Problem(detail: t["Checklist_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            if (r.Done is not { } done)
            {
                return TypedResults.ValidationProblem(Validation.Single("done", ui["Validation_Required"]));
            }
            if (done != (item.DoneAt is not null))
            {
                item.DoneAt = done ? editing.Now : null;
                item.DoneBy = done ? actorId : null;
                editing.Log(loaded!.Alert, actorId, done ? AlertLogKind.ChecklistItemDone : AlertLogKind.ChecklistItemReopened, item.Text);
            }
            return await editing.SaveAsync(loaded!, ct,
                new AuditEntry(AuditEventType.WatchChecklistItemChecked, partnershipId, actorId, "alert", alertId.ToString(), new { item = item.Id, done }));
        }
    }
}
