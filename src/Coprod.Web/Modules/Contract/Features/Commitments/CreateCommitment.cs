using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// The coordinator writes a partner's commitment (CLS-4): the institution that owes it, what is owed (anonymous text, 422), the due
/// date (the milestone's by default, inside the contract's period when linked), optional contract, sheet, milestone and owner person.
/// </summary>
public static class CreateCommitment
{
    public sealed record Request(Guid? InstitutionId, string? Text, DateOnly? DueOn, Guid? ContractId = null, Guid? SheetId = null, Guid? MilestoneId = null,
        Guid? OwnerPersonId = null, PrivacyOverride? PrivacyOverride = null)
    {
        public CommitmentFields Fields => new(InstitutionId, Text, DueOn, ContractId, SheetId, MilestoneId, OwnerPersonId);
    }

    public sealed class Handler(CoprodDbContext db, CommitmentRules rules, AuditTrail audit, AnonymousTextGuard privacyGuard, TimeProvider clock)
    {
        public async Task<Results<Created<CommitmentDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (v, f) = await rules.CheckAsync(partnershipId, r.Fields, ct);
            if (f is null)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("text", f.Text);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var commitment = New(partnershipId, f, actorId, clock.GetUtcNow());
            db.Add(commitment);
            await audit.SaveWithAuditAsync(ct, [
                Audit(commitment, actorId),
                .. privacy.AuditEntries(partnershipId, actorId, "commitment", commitment.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/commitments/{commitment.Id}",
                await rules.ReadOneAsync(partnershipId, actorId, commitment.Id, ct));
        }
    }

    internal static Commitment New(Guid partnershipId, CheckedCommitment f, Guid actorId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        InstitutionId = f.InstitutionId,
        Text = f.Text,
        DueOn = f.DueOn,
        ContractId = f.ContractId,
        SheetId = f.SheetId,
        MilestoneId = f.MilestoneId,
        OwnerPersonId = f.OwnerPersonId,
        CreatedBy = actorId,
        CreatedAt = now,
    };

    internal static AuditEntry Audit(Commitment c, Guid actorId) =>
        new(AuditEventType.CommitmentCreated, c.PartnershipId, actorId, "commitment", c.Id.ToString(),
            new { institutionId = c.InstitutionId, dueOn = c.DueOn, contractId = c.ContractId, sheetId = c.SheetId, milestoneId = c.MilestoneId });
}
