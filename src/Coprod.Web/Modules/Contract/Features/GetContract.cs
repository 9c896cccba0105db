namespace Coprod.Web.Modules.Contract.Features;

/// <summary>A contract with its signatories, priorities and per-theme sheet counts, for any member of the partnership.</summary>
public static class GetContract
{
    public sealed class Handler(ContractReader reader, ContractAccess access)
    {
        /// <summary>Null when the contract is not this partnership's or the caller is not a member.</summary>
        public async Task<ContractDto?> HandleAsync(Guid partnershipId, Guid contractId, Guid userId, CancellationToken ct = default)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            var contract = seat is null ? null : await reader.LoadContractAsync(partnershipId, contractId, ct, tracked: false);
            return contract is null ? null : await reader.ToDtoAsync(contract, seat!, ct);
        }
    }
}
