using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>POST …/alerts/{id}/close</c>: the watch team closes an alert, in procedure or not (a false alarm
/// needs no procedure), with its <c>outcome</c> (required, anonymous). A closed alert takes no more
/// action, and the evaluation never reopens it for its period.
/// </summary>
public static class CloseAlert
{
    public sealed record Request(string? Outcome, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(ProcedureEditing editing, AnonymousTextGuard guard, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.NotClosed, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var outcome = r.Outcome?.Trim() ?? "";
            var v = new Validation().Check(outcome.Length > 0, "outcome", ui["Validation_Required"])
                .Check(outcome.Length <= AlertLimits.Outcome, "outcome", ui["Validation_TooLong", AlertLimits.Outcome]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = guard.Begin(r.PrivacyOverride).Check("outcome", outcome);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var alert = loaded!.Alert;
            var wasInProcedure = alert.Status == AlertStatus.InProcedure;
            alert.Status = AlertStatus.Closed;
            alert.ClosedAt = editing.Now;
            alert.ClosedBy = actorId;
            alert.Outcome = outcome;
            editing.Log(alert, actorId, AlertLogKind.Closed);
            return await editing.SaveAsync(loaded, ct, [
                new AuditEntry(AuditEventType.WatchAlertClosed, partnershipId, actorId, "alert", alert.Id.ToString(), new { afterProcedure = wasInProcedure }),
                .. privacy.AuditEntries(partnershipId, actorId, "alert", alert.Id.ToString())]);
        }
    }
}
