using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>DELETE …/alerts/{id}/mobilised/{mobilisationId}</c>: the watch team stands someone down; the log keeps that they were mobilised.</summary>
public static class RemoveMobilised
{
    public sealed class Handler(CoprodDbContext db, ProcedureEditing editing, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Guid mobilisationId,
            Guid actorId, CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.InProcedure, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var mobilisation = await db.Set<AlertMobilisation>().FirstOrDefaultAsync(m => m.Id == mobilisationId && m.AlertId == alertId, ct);
            if (mobilisation is null)
            {
                return TypedResults.Problem(detail: t["Mobilise_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            db.Remove(mobilisation);
            editing.Log(loaded!.Alert, actorId, AlertLogKind.MobilisationRemoved);
            return await editing.SaveAsync(loaded, ct,
                new AuditEntry(AuditEventType.WatchMobilisationRemoved, partnershipId, actorId, "alert", alertId.ToString(), new { mobilisation = mobilisationId }));
        }
    }
}
