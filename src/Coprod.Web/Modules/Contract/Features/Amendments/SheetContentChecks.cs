using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>The sheet's own checks (<see cref="SheetChecks"/>, <see cref="SheetQuality"/>) for an amendment's sheets, their fields under the change's path.</summary>
internal sealed class SheetContentChecks(ContractReader contracts, StrategyTaxonomy taxonomy, IStringLocalizer<ContractText> t,
    IStringLocalizer<UiText> ui) : ISheetContentChecks
{
    private ContractReferences? _references;

    public async Task<Validation> CheckAsync(Guid partnershipId, LocalContract contract, DateOnly endsOn, SheetInput input, string prefix, CancellationToken ct)
    {
        _references ??= await contracts.ReferencesAsync(partnershipId, ct);
        var period = new LocalContract
        {
            Id = contract.Id,
            PartnershipId = contract.PartnershipId,
            Kind = contract.Kind,
            StartsOn = contract.StartsOn,
            EndsOn = endsOn,
            Priorities = contract.Priorities,
        };
        var found = SheetChecks.Check(input, period, _references, taxonomy, t, ui);
        var prefixed = new Validation();
        foreach (var (field, messages) in found.Errors)
        {
            foreach (var message in messages)
            {
                prefixed.Add(prefix + field, message);
            }
        }
        return prefixed;
    }

    public IReadOnlyList<string> Missing(SheetInput input) => SheetQuality.Report(input, t).Missing.Select(m => m.Message).ToList();
}
