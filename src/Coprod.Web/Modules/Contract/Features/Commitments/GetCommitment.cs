using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>One commitment with its answers' history, for every member (404 outside the partnership).</summary>
public static class GetCommitment
{
    public sealed class Handler(CoprodDbContext db, CommitmentRules rules)
    {
        public async Task<Results<Ok<CommitmentDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid id, Guid userId, CancellationToken ct) =>
            await db.Set<Commitment>().AnyAsync(c => c.Id == id && c.PartnershipId == partnershipId, ct)
                ? TypedResults.Ok(await rules.ReadOneAsync(partnershipId, userId, id, ct))
                : rules.NotFound();
    }
}
