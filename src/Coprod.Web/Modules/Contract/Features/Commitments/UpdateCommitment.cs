using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// The coordinator changes every field of a commitment read at <see cref="Request.Version"/> (409 when stale): its fields as on
/// creation, its status and done date (today by default, never in the future). A new deadline starts the reminders again.
/// </summary>
public static class UpdateCommitment
{
    public sealed record Request(Guid? Version, Guid? InstitutionId, string? Text, DateOnly? DueOn, CommitmentStatus? Status = null, DateOnly? DoneOn = null,
        Guid? ContractId = null, Guid? SheetId = null, Guid? MilestoneId = null, Guid? OwnerPersonId = null, PrivacyOverride? PrivacyOverride = null)
    {
        public CommitmentFields Fields => new(InstitutionId, Text, DueOn, ContractId, SheetId, MilestoneId, OwnerPersonId);
    }

    public sealed class Handler(CoprodDbContext db, CommitmentRules rules, VersionedWrites writes, AnonymousTextGuard privacyGuard,
        IStringLocalizer<CommitmentText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<CommitmentDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid id, Request r, Guid actorId,
            CancellationToken ct)
        {
            var commitment = await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == id && c.PartnershipId == partnershipId, ct);
            if (commitment is null)
            {
                return rules.NotFound();
            }
            var (v, f) = await rules.CheckAsync(partnershipId, r.Fields with { OwnerPersonId = r.OwnerPersonId == commitment.OwnerPersonId ? null : r.OwnerPersonId },
                ct);
            v.Check(r.Version is not null, "version", ui["Validation_Required"]);
            v.Check(r.Status is null || Enum.IsDefined(r.Status.Value), "status", t["Commitment_UnknownStatus"]);
            v.Check(r.DoneOn is null || r.DoneOn <= rules.Today, "doneOn", t["Commitment_DoneInFuture"]);
            if (f is null || !v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).CheckChanged("text", f.Text, commitment.Text);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var before = commitment.Status;
            var refused = await writes.UpdateAsync(commitment, r.Version, () => Apply(commitment, f with { OwnerPersonId = r.OwnerPersonId }, r, rules.Today),
                () => [
                    new AuditEntry(AuditEventType.CommitmentUpdated, partnershipId, actorId, "commitment", commitment.Id.ToString(),
                        new { from = before.ToString(), to = commitment.Status.ToString(), dueOn = commitment.DueOn, doneOn = commitment.DoneOn }),
                    .. privacy.AuditEntries(partnershipId, actorId, "commitment", commitment.Id.ToString())], ct);
            return refused is not null ? refused : TypedResults.Ok(await rules.ReadOneAsync(partnershipId, actorId, commitment.Id, ct));
        }
    }

    private static void Apply(Commitment c, CheckedCommitment f, Request r, DateOnly today)
    {
        if (c.DueOn != f.DueOn)
        {
            c.ReminderSentAt = null;
            c.FormalReminderSentAt = null;
        }
        c.InstitutionId = f.InstitutionId;
        c.Text = f.Text;
        c.DueOn = f.DueOn;
        c.ContractId = f.ContractId;
        c.SheetId = f.SheetId;
        c.MilestoneId = f.MilestoneId;
        c.OwnerPersonId = f.OwnerPersonId;
        c.Status = r.Status ?? c.Status;
        c.DoneOn = c.Status == CommitmentStatus.Done ? r.DoneOn ?? c.DoneOn ?? today : null;
    }
}
