using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary>An indicator found through its contract and sheet, inside one partnership.</summary>
public sealed record IndicatorContext(LocalContract Contract, ActionSheet Sheet, SheetIndicator Indicator)
{
    /// <summary>The institution that enters the values: the indicator's, or the sheet's pilot.</summary>
    public Guid? Responsible => Indicator.ResponsibleInstitutionId ?? Sheet.PilotInstitutionId;
}

/// <summary>Finds an indicator by its route (partnership, contract, sheet, indicator): null when any of them does not match.</summary>
public sealed class IndicatorLookup(CoprodDbContext db)
{
    public async Task<IndicatorContext?> FindAsync(Guid partnershipId, Guid contractId, Guid sheetId, Guid indicatorId, CancellationToken ct)
    {
        var sheet = await SheetAsync(partnershipId, contractId, sheetId, ct);
        var indicator = sheet?.Sheet.Indicators.FirstOrDefault(i => i.Id == indicatorId);
        return sheet is null || indicator is null ? null : new IndicatorContext(sheet.Value.Contract, sheet.Value.Sheet, indicator);
    }

    public async Task<(LocalContract Contract, ActionSheet Sheet)?> SheetAsync(Guid partnershipId, Guid contractId, Guid sheetId, CancellationToken ct)
    {
        var contract = await db.Set<LocalContract>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId && c.PartnershipId == partnershipId, ct);
        var sheet = contract is null ? null : await db.Set<ActionSheet>().AsNoTracking().Include(s => s.Indicators)
            .FirstOrDefaultAsync(s => s.Id == sheetId && s.ContractId == contractId && s.PartnershipId == partnershipId, ct);
        return sheet is null ? null : (contract!, sheet);
    }
}
