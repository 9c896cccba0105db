using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Adds an action sheet to a contract (CLS-2), the coordinator alone: in draft, numbered after the
/// contract's last (numbers are never reused). It may be incomplete; it may never be wrong (<see cref="SheetChecks"/>).
/// </summary>
public static class CreateSheet
{
    public sealed class Handler(CoprodDbContext db, ContractReader reader, AuditTrail audit, StrategyTaxonomy taxonomy, TimeProvider clock,
        IStringLocalizer<ContractText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<SheetDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId, SheetInput r,
            Guid actorId, CancellationToken ct)
        {
            var (seat, refusal) = await reader.SeatAsync(partnershipId, actorId, manage: true, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var contract = await reader.LoadContractAsync(partnershipId, contractId, ct, tracked: false);
            if (contract is null)
            {
                return reader.NotFound("Contract_NotFound");
            }
            var numbers = await db.Set<ActionSheet>().Where(s => s.ContractId == contractId).Select(s => s.Number).ToListAsync(ct);
            if (numbers.Count >= ContractLimits.SheetsPerContract)
            {
                return reader.Conflict("Sheet_TooMany");
            }
            var refs = await reader.ReferencesAsync(partnershipId, ct);
            var v = SheetChecks.Check(r, contract, refs, taxonomy, t, ui);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var now = clock.GetUtcNow();
            var sheet = new ActionSheet
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                ContractId = contractId,
                Number = numbers.Count == 0 ? 1 : numbers.Max() + 1,
                CreatedAt = now,
            };
            SheetWriter.Apply(sheet, r with { Milestones = r.Milestones?.Select(m => m with { Id = null }).ToList(), Indicators = r.Indicators?.Select(i => i with { Id = null }).ToList() }, now);
            db.Add(sheet);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ContractSheetCreated, partnershipId, actorId, "sheet", sheet.Id.ToString(),
                new { contractId, number = sheet.Number, priorityId = sheet.PriorityId }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/contracts/{contractId}/sheets/{sheet.Id}", SheetDto.Of(sheet, contract, refs, seat!, t));
        }
    }
}
