using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>A sheet with its precision check, for any member of the partnership; and the check alone (CLS-3).</summary>
public static class GetSheet
{
    public sealed class Handler(ContractReader reader, ContractAccess access)
    {
        /// <summary>Null when the sheet is not in this partnership's contract or the caller is not a member.</summary>
        public async Task<SheetDto?> HandleAsync(Guid partnershipId, Guid contractId, Guid sheetId, Guid userId, CancellationToken ct = default)
        {
            var loaded = await LoadAsync(partnershipId, contractId, sheetId, userId, ct);
            return loaded is null ? null : await reader.ToSheetDtoAsync(loaded.Value.Sheet, loaded.Value.Contract, loaded.Value.Seat, ct);
        }

        /// <summary>Every sheet of the contract, by number, read at once (the print view); null as for one sheet.</summary>
        public async Task<IReadOnlyList<SheetDto>?> AllAsync(Guid partnershipId, Guid contractId, Guid userId, CancellationToken ct = default)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            var contract = seat is null ? null : await reader.LoadContractAsync(partnershipId, contractId, ct, tracked: false);
            if (contract is null)
            {
                return null;
            }
            var refs = await reader.ReferencesAsync(partnershipId, ct);
            return (await reader.LoadSheetsAsync(contractId, ct)).OrderBy(s => s.Number).Select(s => reader.ToSheetDto(s, contract, refs, seat!)).ToList();
        }

        public async Task<QualityReport?> QualityAsync(Guid partnershipId, Guid contractId, Guid sheetId, Guid userId, CancellationToken ct = default) =>
            (await HandleAsync(partnershipId, contractId, sheetId, userId, ct))?.Quality;

        private async Task<(ContractAccess.Seat Seat, LocalContract Contract, ActionSheet Sheet)?> LoadAsync(Guid partnershipId, Guid contractId, Guid sheetId,
            Guid userId, CancellationToken ct)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            var contract = seat is null ? null : await reader.LoadContractAsync(partnershipId, contractId, ct, tracked: false);
            var sheet = contract is null ? null : await reader.LoadSheetAsync(contractId, sheetId, ct, tracked: false);
            return sheet is null ? null : (seat!, contract!, sheet);
        }
    }
}
