using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary><c>GET …/amendments/{amendmentId}</c>: an amendment with its readable diff and where each signatory stands, for every member.</summary>
public static class GetAmendment
{
    public sealed class Handler(AmendmentReader reader, ContractAccess access)
    {
        public async Task<Results<Ok<AmendmentDto>, NotFound>> HandleAsync(Guid partnershipId, Guid contractId, Guid amendmentId, Guid userId, CancellationToken ct)
        {
            if (await reader.Contracts.LoadContractAsync(partnershipId, contractId, ct, false) is not { } contract
                || await reader.AmendmentAsync(contractId, amendmentId, false, ct) is not { } amendment
                || await access.SeatAsync(partnershipId, userId, ct) is not { } seat)
            {
                return TypedResults.NotFound();
            }
            return TypedResults.Ok(await reader.ReadAsync(contract, amendment, seat, ct));
        }
    }
}
