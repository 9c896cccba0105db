namespace Coprod.Web.Modules.Contract.Features;

/// <summary>A contract's sheets BY THEME (priority order, then number), never by institution, with each theme's counts.</summary>
public static class ListSheets
{
    public sealed class Handler(ContractReader reader, ContractAccess access)
    {
        /// <summary>Null when the contract is not this partnership's or the caller is not a member.</summary>
        public async Task<IReadOnlyList<SheetTheme>?> HandleAsync(Guid partnershipId, Guid contractId, Guid userId, CancellationToken ct = default)
        {
            var seat = await access.SeatAsync(partnershipId, userId, ct);
            var contract = seat is null ? null : await reader.LoadContractAsync(partnershipId, contractId, ct, tracked: false);
            if (contract is null)
            {
                return null;
            }
            var institutions = (await reader.InstitutionsAsync(partnershipId, ct));
            var sheets = await reader.LoadSheetsAsync(contractId, ct);
            return contract.Priorities.OrderBy(p => p.Position).Select(p =>
            {
                var own = sheets.Where(s => s.PriorityId == p.Id).OrderBy(s => s.Number).Select(s =>
                {
                    var missing = SheetQuality.Find(SheetInput.Of(s)).Count(f => f.Blocking);
                    return new SheetSummary(s.Id, s.Number, s.Title, s.Status, s.PilotInstitutionId is { } i && institutions.TryGetValue(i, out var n) ? n : null,
                        s.CoPartnerIds.Count, missing == 0, missing, s.IsSingleInstitution);
                }).ToList();
                return new SheetTheme(p.Id, p.Title, own, own.Count(s => s.Complete), own.Count(s => s.SingleInstitution));
            }).ToList();
        }
    }
}
