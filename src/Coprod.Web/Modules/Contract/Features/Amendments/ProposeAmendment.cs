using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// <c>POST …/contracts/{contractId}/amendments</c>: the coordinator proposes an amendment to a signed
/// contract (CLS-5), against its current version. One amendment is open at a time (409), so that each
/// amends the version the signatories have in force. Bad input is 400, a name in a text 422; nothing is saved.
/// </summary>
public static class ProposeAmendment
{
    public sealed class Handler(CoprodDbContext db, AmendmentReader reader, AmendmentChecks checks, ContractAccess access, AnonymousTextGuard privacyGuard,
        AuditTrail audit, TimeProvider clock, IStringLocalizer<AmendmentText> t)
    {
        public async Task<Results<Created<AmendmentDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(Guid partnershipId, Guid contractId,
            AmendmentInput r, Guid actorId, CancellationToken ct)
        {
            if (await reader.Contracts.LoadContractAsync(partnershipId, contractId, ct, false) is not { } contract)
            {
                return TypedResults.NotFound();
            }
            if (contract.Status != ContractStatus.Signed)
            {
                return AmendmentProblems.Conflict(t["Problem_NotSigned"]);
            }
            if (await db.Set<Amendment>().AnyAsync(a => a.ContractId == contractId && a.Status == AmendmentStatus.Open, ct))
            {
                return AmendmentProblems.Conflict(t["Problem_OneOpen"]);
            }
            var sheets = await reader.Contracts.LoadSheetsAsync(contractId, ct, false);
            var v = await checks.CheckAsync(contract, sheets, r, ct);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = AmendmentPrivacy.Check(privacyGuard, r);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var number = await db.Set<Amendment>().Where(a => a.ContractId == contractId).Select(a => (int?)a.Number).MaxAsync(ct) ?? 0;
            var amendment = new Amendment
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                ContractId = contractId,
                Number = number + 1,
                Title = r.Title!.Trim(),
                Reason = r.Reason!.Trim(),
                BaseVersion = contract.CurrentVersion,
                Proposal = JsonSerializer.Serialize(ProposalNormalizer.Normalize(r, contract.EndsOn), AmendmentReader.Json),
                ProposedBy = actorId,
                ProposedAt = clock.GetUtcNow(),
            };
            db.Add(amendment);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.AmendmentProposed, partnershipId, actorId, "amendment", amendment.Id.ToString(),
                    new { contractId, number = amendment.Number, baseVersion = amendment.BaseVersion, changes = r.Changes?.Count ?? 0 }),
                .. privacy.AuditEntries(partnershipId, actorId, "amendment", amendment.Id.ToString())]);
            var seat = await access.SeatAsync(partnershipId, actorId, ct);
            var dto = await reader.ReadAsync(contract, amendment, seat!, ct);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/contracts/{contractId}/amendments/{amendment.Id}", dto);
        }
    }
}
