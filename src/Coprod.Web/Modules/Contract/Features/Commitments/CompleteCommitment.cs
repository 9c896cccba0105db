using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// Marks an open commitment done, on <see cref="Request.DoneOn"/> (today by default; never in the future): by a partner of the owing
/// institution or the coordinator (403 for anyone else). With <see cref="Request.Version"/>, a stale one is refused (409).
/// </summary>
public static class CompleteCommitment
{
    public sealed record Request(DateOnly? DoneOn = null, Guid? Version = null);

    public sealed class Handler(CoprodDbContext db, ContractAccess access, CommitmentRules rules, VersionedWrites writes, IStringLocalizer<CommitmentText> t)
    {
        public async Task<Results<Ok<CommitmentDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid id, Request r, Guid actorId,
            CancellationToken ct)
        {
            var commitment = await db.Set<Commitment>().FirstOrDefaultAsync(c => c.Id == id && c.PartnershipId == partnershipId, ct);
            if (commitment is null)
            {
                return rules.NotFound();
            }
            var seat = await access.SeatAsync(partnershipId, actorId, ct);
            if (seat?.ActsFor(commitment.InstitutionId) != true)
            {
                return rules.Forbidden("Commitment_NotYours");
            }
            var v = new Validation();
            v.Check(commitment.IsOpen, "status", t["Commitment_NotOpen"]);
            v.Check(r.DoneOn is null || r.DoneOn <= rules.Today, "doneOn", t["Commitment_DoneInFuture"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var refused = await writes.UpdateAsync(commitment, r.Version ?? commitment.Version, () =>
                {
                    commitment.Status = CommitmentStatus.Done;
                    commitment.DoneOn = r.DoneOn ?? rules.Today;
                },
                () => [new AuditEntry(AuditEventType.CommitmentUpdated, partnershipId, actorId, "commitment", commitment.Id.ToString(),
                    new { from = CommitmentStatus.Open.ToString(), to = CommitmentStatus.Done.ToString(), doneOn = commitment.DoneOn })], ct);
            return refused is not null ? refused : TypedResults.Ok(await rules.ReadOneAsync(partnershipId, actorId, commitment.Id, ct));
        }
    }
}
