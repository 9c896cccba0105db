using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Records that the contract is signed (the coordinator), once every signatory has a signature date:
/// it becomes version 1, kept as a snapshot with its adopted sheets; from then on its content changes by amendment.
/// </summary>
public static class SignContract
{
    public sealed record Request(Guid? Version);

    public sealed class Handler(CoprodDbContext db, ContractReader reader, VersionedWrites writes, TimeProvider clock, IStringLocalizer<ContractText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<ContractDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (seat, refusal) = await reader.SeatAsync(partnershipId, actorId, manage: true, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var contract = await reader.LoadContractAsync(partnershipId, contractId, ct);
            if (contract is null)
            {
                return reader.NotFound("Contract_NotFound");
            }
            if (r.Version is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
            }
            if (contract.Status == ContractStatus.Signed)
            {
                return reader.Conflict("Contract_AlreadySigned");
            }
            var v = new Validation();
            v.Check(contract.Signatories.Count > 0, "signatories", t["Sign_NoSignatory"]);
            foreach (var s in contract.Signatories.OrderBy(s => s.Position))
            {
                v.Check(s.SignedOn is not null, $"signatories[{s.Position}].signedOn", t["Sign_NotSigned", s.Label]);
            }
            if (!v.IsValid)
            {
                return TypedResults.Problem(new HttpValidationProblemDetails(v.Errors)
                {
                    Title = t["Sign_Incomplete"],
                    Status = StatusCodes.Status422UnprocessableEntity,
                });
            }
            var now = clock.GetUtcNow();
            var sheets = await reader.LoadSheetsAsync(contract.Id, ct);
            var saved = await writes.UpdateAsync(contract, r.Version, () =>
            {
                contract.Status = ContractStatus.Signed;
                contract.CurrentVersion = 1;
                db.Add(ContractSnapshot.Take(1, contract, sheets).ToVersion(contract.Id, null, now));
            }, () => [new AuditEntry(AuditEventType.ContractSigned, partnershipId, actorId, "contract", contract.Id.ToString(),
                new { version = 1, sheets = sheets.Count(s => s.Status != SheetStatus.Draft) })], ct);
            return saved is not null ? saved : TypedResults.Ok(await reader.ToDtoAsync(contract, seat!, ct));
        }
    }
}
