using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Closes a sheet (the coordinator): Completed once an adopted sheet is carried out, or Abandoned. An
/// adopted sheet of a signed contract is abandoned by amendment only (409).
/// </summary>
public static class ChangeSheetStatus
{
    public sealed record Request(SheetStatus? Status, Guid? Version);

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
            var v = new Validation();
            v.Check(r.Status is SheetStatus.Completed or SheetStatus.Abandoned, "status", t["Sheet_StatusInvalid"]);
            v.Check(r.Version is not null, "version", ui["Validation_Required"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var status = r.Status!.Value;
            if (status == SheetStatus.Completed && sheet.Status != SheetStatus.Adopted)
            {
                return reader.Conflict("Sheet_CompleteNeedsAdopted");
            }
            if (status == SheetStatus.Abandoned && sheet.Status is not (SheetStatus.Draft or SheetStatus.Adopted))
            {
                return reader.Conflict("Sheet_AlreadyClosed");
            }
            if (status == SheetStatus.Abandoned && SheetDto.IsLocked(sheet, contract!))
            {
                return reader.Conflict("Sheet_AbandonNeedsAmendment");
            }
            var from = sheet.Status;
            var saved = await writes.UpdateAsync(sheet, r.Version, () => sheet.Status = status,
                () => [new AuditEntry(AuditEventType.ContractSheetStatusChanged, partnershipId, actorId, "sheet", sheet.Id.ToString(),
                    new { contractId, number = sheet.Number, from = from.ToString(), to = status.ToString() })], ct);
            return saved is not null ? saved : TypedResults.Ok(await reader.ToSheetDtoAsync(sheet, contract!, seat!, ct));
        }
    }
}
