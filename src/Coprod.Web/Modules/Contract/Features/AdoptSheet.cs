using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Adopts a draft sheet (the coordinator), only once the precision check says it is complete: else
/// 422 listing what is missing and how to fix it (CLS-3). An adopted sheet binds its partners.
/// </summary>
public static class AdoptSheet
{
    public sealed record Request(Guid? Version);

    public sealed class Handler(ContractReader reader, VersionedWrites writes, IStringLocalizer<ContractText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<SheetDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId, Guid sheetId, Request r,
            Guid actorId, CancellationToken ct)
        {
            var (seat, refusal) = await reader.SeatAsync(partnershipId, actorId, manage: true, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var contract = await reader.LoadContractAsync(partnershipId, contractId, ct, tracked: false);
            var sheet = contract is null ? null : await reader.LoadSheetAsync(contractId, sheetId, ct);
            if (sheet is null)
            {
                return reader.NotFound("Sheet_NotFound");
            }
            if (r.Version is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
            }
            if (sheet.Status != SheetStatus.Draft)
            {
                return reader.Conflict("Sheet_NotDraft");
            }
            var content = SheetInput.Of(sheet);
            if (!SheetQuality.IsComplete(content))
            {
                return Incomplete(content, t);
            }
            var saved = await writes.UpdateAsync(sheet, r.Version, () => sheet.Status = SheetStatus.Adopted,
                () => [new AuditEntry(AuditEventType.ContractSheetAdopted, partnershipId, actorId, "sheet", sheet.Id.ToString(), new { contractId, number = sheet.Number })], ct);
            return saved is not null ? saved : TypedResults.Ok(await reader.ToSheetDtoAsync(sheet, contract!, seat!, ct));
        }
    }

    /// <summary>422: the sheet is not complete; the missing items by field, and the list as <c>missing</c>.</summary>
    public static ProblemHttpResult Incomplete(SheetInput content, IStringLocalizer<ContractText> t)
    {
        var report = SheetQuality.Report(content, t);
        var v = new Validation();
        foreach (var item in report.Missing)
        {
            v.Add(item.Field, item.Message);
        }
        var problem = new HttpValidationProblemDetails(v.Errors) { Title = t["Sheet_Incomplete"], Status = StatusCodes.Status422UnprocessableEntity };
        problem.Extensions["missing"] = report.Missing;
        return TypedResults.Problem(problem);
    }
}
