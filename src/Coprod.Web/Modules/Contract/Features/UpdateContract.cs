using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Edits a contract (the coordinator). A draft changes freely; a signed one only in its title, its
/// diagnostic reference and the members approving for its signatories: its period, priorities and
/// signatories change by amendment (409). A stale <c>version</c> is refused (409).
/// </summary>
public static class UpdateContract
{
    public sealed class Handler(CoprodDbContext db, ContractReader reader, VersionedWrites writes, StrategyTaxonomy taxonomy, IStringLocalizer<ContractText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<ContractDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId, ContractInput r,
            Guid actorId, CancellationToken ct)
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
            var refs = await ContractReferences.LoadAsync(db, partnershipId, reader.Today, ct);
            var v = ContractRules.Check(r, refs, taxonomy, reader.Today, t, ui);
            v.Check(r.Version is not null, "version", ui["Validation_Required"]);
            var withSheets = (await db.Set<ActionSheet>().Where(s => s.ContractId == contractId).Select(s => s.PriorityId).Distinct().ToListAsync(ct)).ToHashSet();
            if (!ContractWriter.CheckIds(v, r, contract, withSheets, t).IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (contract.Version != r.Version)
            {
                return reader.Concurrency();
            }
            if (contract.Status == ContractStatus.Signed && ContractWriter.ChangesTheContract(contract, r))
            {
                return reader.Conflict("Contract_SignedNeedsAmendment");
            }
            var saved = await writes.UpdateAsync(contract, r.Version, () =>
            {
                ContractWriter.Apply(contract, r);
                db.Entry(contract).State = EntityState.Modified;
            }, () => [new AuditEntry(AuditEventType.ContractUpdated, partnershipId, actorId, "contract", contract.Id.ToString(),
                new { status = contract.Status.ToString(), signatories = contract.Signatories.Count, priorities = contract.Priorities.Count })], ct);
            return saved is not null ? saved : TypedResults.Ok(await reader.ToDtoAsync(contract, seat!, ct));
        }
    }
}
