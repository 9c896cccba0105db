using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Problems;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>The sheet checks an amendment applies to each sheet it adds or changes: the same as a sheet's save, and the precision check.</summary>
public interface ISheetContentChecks
{
    /// <summary>The field errors of <paramref name="input"/> in <paramref name="contract"/> whose period would end on <paramref name="endsOn"/>, under <paramref name="prefix"/>.</summary>
    Task<Validation> CheckAsync(Guid partnershipId, LocalContract contract, DateOnly endsOn, SheetInput input, string prefix, CancellationToken ct);

    /// <summary>What the precision check (CLS-3) finds missing, in French; empty when the sheet is complete.</summary>
    IReadOnlyList<string> Missing(SheetInput input);
}
