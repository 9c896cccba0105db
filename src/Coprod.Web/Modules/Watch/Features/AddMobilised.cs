using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>POST …/alerts/{id}/mobilised</c>: the watch team mobilises an institution, a directory person or a member, with their role (<see cref="MobiliseInput"/>).</summary>
public static class AddMobilised
{
    public sealed record Request(Guid? InstitutionId, Guid? PersonId, Guid? MembershipId, string? Role, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, ProcedureEditing editing, MobiliseChecks checks)
    {
        public async Task<Results<Ok<AlertDetailsDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid alertId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, alertId, actorId, ProcedureEditing.Stage.InProcedure, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var alert = loaded!.Alert;
            var (mobilising, invalid, refused) = await checks.CheckAsync(partnershipId, alert, [new MobiliseInput(r.InstitutionId, r.PersonId, r.MembershipId, r.Role)], "",
                actorId, r.PrivacyOverride, ct);
            if (mobilising is null)
            {
                return invalid is null ? refused! : invalid;
            }
            var mobilisation = mobilising.Added[0];
            db.Add(mobilisation);
            editing.Log(alert, actorId, AlertLogKind.Mobilised);
            return await editing.SaveAsync(loaded, ct, [
                new AuditEntry(AuditEventType.WatchMobilisationAdded, partnershipId, actorId, "alert", alert.Id.ToString(),
                    new { mobilisation = mobilisation.Id, mobilisation.InstitutionId, mobilisation.PersonId, mobilisation.MembershipId }),
                .. mobilising.Privacy.AuditEntries(partnershipId, actorId, "alert", alert.Id.ToString())]);
        }
    }
}
