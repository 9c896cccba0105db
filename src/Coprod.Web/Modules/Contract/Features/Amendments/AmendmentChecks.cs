using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// The checks of an amendment's input: a title and a reason; at least one change; each changed sheet an
/// adopted or completed sheet of the contract, once; each added or changed content valid as a sheet's
/// save is, and complete (an amendment binds the partners: no vague sheet enters the contract by it);
/// a new end of period after the start and within the longest contract.
/// </summary>
public sealed class AmendmentChecks(ISheetContentChecks sheets, IStringLocalizer<AmendmentText> t, IStringLocalizer<UiText> ui)
{
    public async Task<Validation> CheckAsync(LocalContract contract, IReadOnlyList<ActionSheet> current, AmendmentInput r, CancellationToken ct)
    {
        var v = new Validation();
        var title = r.Title?.Trim() ?? "";
        v.Check(title.Length > 0, "title", ui["Validation_Required"]).Check(title.Length <= ContractLimits.Title, "title", ui["Validation_TooLong", ContractLimits.Title]);
        var reason = r.Reason?.Trim() ?? "";
        v.Check(reason.Length > 0, "reason", ui["Validation_Required"])
            .Check(reason.Length <= ContractLimits.LongText, "reason", ui["Validation_TooLong", ContractLimits.LongText]);
        var changes = r.Changes ?? [];
        var endsOn = r.EndsOn ?? contract.EndsOn;
        if (r.EndsOn is { } end)
        {
            v.Check(end > contract.StartsOn, "endsOn", t["EndsOn_BeforeStart"])
                .Check(end <= contract.StartsOn.AddYears(ContractLimits.MaxYears), "endsOn", t["EndsOn_TooLong", ContractLimits.MaxYears]);
        }
        v.Check(changes.Count > 0 || (r.EndsOn is { } e && e != contract.EndsOn), "changes", t["Changes_None"])
            .Check(changes.Count <= ContractLimits.SheetsPerContract, "changes", t["Changes_TooMany", ContractLimits.SheetsPerContract]);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            var path = $"changes[{i}]";
            if (change.SheetId is { } id)
            {
                var sheet = current.FirstOrDefault(s => s.Id == id);
                if (sheet is null)
                {
                    v.Add($"{path}.sheetId", t["Sheet_Unknown"]);
                    continue;
                }
                v.Check(sheet.Status is SheetStatus.Adopted or SheetStatus.Completed, $"{path}.sheetId", t["Sheet_NotAdopted", sheet.Number]);
                v.Check(seen.Add(id), $"{path}.sheetId", t["Sheet_Twice", sheet.Number]);
            }
            else if (change.Abandon)
            {
                v.Add($"{path}.sheetId", t["Abandon_NeedsSheet"]);
            }
            if (change.Abandon)
            {
                continue;
            }
            if (change.Content is not { } content)
            {
                v.Add($"{path}.content", ui["Validation_Required"]);
                continue;
            }
            var sheetErrors = await sheets.CheckAsync(contract.PartnershipId, contract, endsOn, content, $"{path}.content.", ct);
            foreach (var (field, messages) in sheetErrors.Errors)
            {
                foreach (var message in messages)
                {
                    v.Add(field, message);
                }
            }
            if (sheetErrors.IsValid && sheets.Missing(content) is { Count: > 0 } missing)
            {
                v.Add($"{path}.content", t["Sheet_Incomplete", string.Join(" ; ", missing)]);
            }
        }
        return v;
    }
}
