using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary><c>POST …/amendments/{amendmentId}/withdraw?version=</c>: the coordinator withdraws an open amendment; it stays in the history.</summary>
public static class WithdrawAmendment
{
    public sealed class Handler(AmendmentReader reader, ContractAccess access, VersionedWrites writes, TimeProvider clock, IStringLocalizer<AmendmentText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AmendmentDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(Guid partnershipId, Guid contractId, Guid amendmentId,
            Guid? version, Guid actorId, CancellationToken ct)
        {
            if (await reader.Contracts.LoadContractAsync(partnershipId, contractId, ct, false) is not { } contract
                || await reader.AmendmentAsync(contractId, amendmentId, true, ct) is not { } amendment)
            {
                return TypedResults.NotFound();
            }
            if (version is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
            }
            if (amendment.Status != AmendmentStatus.Open)
            {
                return AmendmentProblems.Conflict(t["Problem_Closed"]);
            }
            var refusal = await writes.UpdateAsync(amendment, version, () =>
            {
                amendment.Status = AmendmentStatus.Withdrawn;
                amendment.ClosedAt = clock.GetUtcNow();
            }, () => [new AuditEntry(AuditEventType.AmendmentWithdrawn, partnershipId, actorId, "amendment", amendment.Id.ToString(),
                new { contractId, number = amendment.Number })], ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var seat = await access.SeatAsync(partnershipId, actorId, ct);
            return TypedResults.Ok(await reader.ReadAsync(contract, amendment, seat!, ct));
        }
    }
}
