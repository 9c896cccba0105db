using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Edits a sheet (the coordinator). A draft sheet changes freely; an adopted one of a signed contract
/// only by amendment (409); an adopted one of a draft contract stays complete (422 otherwise). A stale
/// <c>version</c> is refused (409): concurrent edits never silently overwrite each other.
/// </summary>
public static class UpdateSheet
{
    public sealed class Handler(CoprodDbContext db, ContractReader reader, VersionedWrites writes, StrategyTaxonomy taxonomy, TimeProvider clock,
        IStringLocalizer<ContractText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<SheetDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId, Guid sheetId,
            SheetInput r, Guid actorId, CancellationToken ct)
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
            var refs = await reader.ReferencesAsync(partnershipId, ct);
            var v = SheetChecks.Check(r, contract!, refs, taxonomy, t, ui);
            v.Check(r.Version is not null, "version", ui["Validation_Required"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (sheet.Version != r.Version)
            {
                return reader.Concurrency();
            }
            if (SheetDto.IsLocked(sheet, contract!))
            {
                return reader.Conflict("Sheet_AdoptedNeedsAmendment");
            }
            if (sheet.Status == SheetStatus.Adopted && !SheetQuality.IsComplete(r))
            {
                return AdoptSheet.Incomplete(r, t);
            }
            var saved = await writes.UpdateAsync(sheet, r.Version, () =>
            {
                SheetWriter.Apply(sheet, r, clock.GetUtcNow());
                db.Entry(sheet).State = EntityState.Modified;
            }, () => [new AuditEntry(AuditEventType.ContractSheetUpdated, partnershipId, actorId, "sheet", sheet.Id.ToString(),
                new { contractId, number = sheet.Number, milestones = sheet.Milestones.Count, indicators = sheet.Indicators.Count })], ct);
            return saved is not null ? saved : TypedResults.Ok(SheetDto.Of(sheet, contract!, refs, seat!, t));
        }
    }
}
