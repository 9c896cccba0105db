using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>POST …/alerts/{id}/procedure</c>: a member of the watch team opens the watch procedure of an
/// open alert (VEI-2), optionally mobilising people at once (<c>mobilised</c>, see
/// <see cref="MobiliseInput"/>). The procedure starts with the usual checklist (<see cref="DefaultSteps"/>).
/// </summary>
public static class OpenProcedure
{
    public sealed record Request(IReadOnlyList<MobiliseInput?>? Mobilised = null, PrivacyOverride? PrivacyOverride = null);

    /// <summary>The keys of the checklist every procedure starts with (<c>WatchText</c>), in order.</summary>
    public static readonly string[] DefaultSteps = ["Checklist_Verify", "Checklist_Inform", "Checklist_Convene", "Checklist_Decide", "Checklist_Report"];

    public sealed class Handler(CoprodDbContext db, ProcedureEditing editing, MobiliseChecks checks, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.Open, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var alert = loaded!.Alert;
            var (mobilising, invalid, refused) = await checks.CheckAsync(partnershipId, alert, r.Mobilised ?? [], "mobilised", actorId, r.PrivacyOverride, ct);
            if (mobilising is null)
            {
                return invalid is null ? refused! : invalid;
            }
            var mobilised = mobilising.Added;
            alert.Status = AlertStatus.InProcedure;
            alert.ProcedureOpenedAt = editing.Now;
            alert.ProcedureOpenedBy = actorId;
            var steps = PlatformLanguage.Write(() => DefaultSteps.Select(key => t[key].Value).ToList());
            db.AddRange(steps.Select((text, i) => new AlertChecklistItem { Id = Guid.NewGuid(), AlertId = alert.Id, Position = i + 1, Text = text }));
            db.AddRange(mobilised);
            editing.Log(alert, actorId, AlertLogKind.ProcedureOpened);
            mobilised.ForEach(_ => editing.Log(alert, actorId, AlertLogKind.Mobilised));
            return await editing.SaveAsync(loaded, ct, [
                new AuditEntry(AuditEventType.WatchProcedureOpened, partnershipId, actorId, "alert", alert.Id.ToString(), new { mobilised = mobilised.Count }),
                .. mobilising.Privacy.AuditEntries(partnershipId, actorId, "alert", alert.Id.ToString())]);
        }
    }
}
