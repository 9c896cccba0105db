using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary><c>GET …/contracts/{contractId}/amendments</c>: the contract's amendments, the latest first, for every member; <see cref="AmendmentSummaryDto.AwaitsMe"/> marks those waiting for the caller's decision.</summary>
public static class ListAmendments
{
    public sealed class Handler(CoprodDbContext db, AmendmentReader reader, ContractAccess access)
    {
        public async Task<Results<Ok<List<AmendmentSummaryDto>>, NotFound>> HandleAsync(Guid partnershipId, Guid contractId, Guid userId, CancellationToken ct)
        {
            if (await reader.Contracts.LoadContractAsync(partnershipId, contractId, ct, false) is not { } contract)
            {
                return TypedResults.NotFound();
            }
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            var mine = contract.Signatories.Where(s => seat is not null && seat.SignsFor(s)).Select(s => s.Id).ToList();
            var amendments = await db.Set<Amendment>().AsNoTracking().Include(a => a.Approvals).Where(a => a.ContractId == contractId)
                .OrderByDescending(a => a.Number).ToListAsync(ct);
            return TypedResults.Ok(amendments.Select(a => new AmendmentSummaryDto(a.Id, a.Number, a.Title, a.Status, a.ProposedAt, a.ClosedAt,
                AmendmentReader.Proposal(a).Changes.Count, a.Approvals.Count(x => x.Approved), contract.Signatories.Count,
                a.Status == AmendmentStatus.Open && mine.Any(m => a.Approvals.All(x => x.SignatoryId != m)))).ToList());
        }
    }
}
