using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// <c>PUT …/amendments/{amendmentId}</c>: the coordinator rewrites an open amendment until a first
/// signatory has decided on it (then it is what they read: 409); <c>version</c> as read (409 when stale).
/// </summary>
public static class UpdateAmendment
{
    public sealed class Handler(AmendmentReader reader, AmendmentChecks checks, ContractAccess access, AnonymousTextGuard privacyGuard,
        VersionedWrites writes, IStringLocalizer<AmendmentText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AmendmentDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(Guid partnershipId, Guid contractId, Guid amendmentId,
            AmendmentInput r, Guid actorId, CancellationToken ct)
        {
            if (await reader.Contracts.LoadContractAsync(partnershipId, contractId, ct, false) is not { } contract
                || await reader.AmendmentAsync(contractId, amendmentId, true, ct) is not { } amendment)
            {
                return TypedResults.NotFound();
            }
            if (r.Version is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
            }
            if (amendment.Status != AmendmentStatus.Open || amendment.Approvals.Count > 0)
            {
                return AmendmentProblems.Conflict(t["Problem_NotEditable"]);
            }
            var v = await checks.CheckAsync(contract, await reader.Contracts.LoadSheetsAsync(contractId, ct, false), r, ct);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = AmendmentPrivacy.Check(privacyGuard, r);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var refusal = await writes.UpdateAsync(amendment, r.Version, () =>
            {
                amendment.Title = r.Title!.Trim();
                amendment.Reason = r.Reason!.Trim();
                amendment.Proposal = JsonSerializer.Serialize(ProposalNormalizer.Normalize(r, contract.EndsOn), AmendmentReader.Json);
            }, () => [
                new AuditEntry(AuditEventType.AmendmentUpdated, partnershipId, actorId, "amendment", amendment.Id.ToString(),
                    new { contractId, number = amendment.Number, changes = r.Changes?.Count ?? 0 }),
                .. privacy.AuditEntries(partnershipId, actorId, "amendment", amendment.Id.ToString())], ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var seat = await access.SeatAsync(partnershipId, actorId, ct);
            return TypedResults.Ok(await reader.ReadAsync(contract, amendment, seat!, ct));
        }
    }
}
