using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// <c>POST …/amendments/{amendmentId}/approvals</c>: a signatory's designated member approves or refuses
/// the amendment (CLS-5). Only they may (403 for anyone else, the coordinator included); each signatory
/// decides once. A refusal closes the amendment; the last approval puts it in force
/// (<see cref="AmendmentApplier"/>) in the same transaction. Two signatories deciding at once never both
/// miss each other: the amendment's version is checked, and the later one is asked to retry (409).
/// </summary>
public static class DecideAmendment
{
    /// <summary><see cref="SignatoryId"/> may be left out when the caller decides for one signatory only.</summary>
    public sealed record Request(bool? Approve, string? Comment, Guid? SignatoryId);

    public sealed class Handler(AmendmentReader reader, ContractAccess access, AmendmentApplier applier, AuditTrail audit, TimeProvider clock,
        IStringLocalizer<AmendmentText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AmendmentDto>, ValidationProblem, ProblemHttpResult, NotFound>> HandleAsync(Guid partnershipId, Guid contractId, Guid amendmentId,
            Request r, Guid actorId, CancellationToken ct)
        {
            if (await reader.Contracts.LoadContractAsync(partnershipId, contractId, ct, true) is not { } contract
                || await reader.AmendmentAsync(contractId, amendmentId, true, ct) is not { } amendment)
            {
                return TypedResults.NotFound();
            }
            var seat = await access.SeatAsync(partnershipId, actorId, ct);
            var mine = contract.Signatories.Where(s => seat is not null && seat.SignsFor(s)).ToList();
            if (mine.Count == 0)
            {
                return AmendmentProblems.NotSignatory(t);
            }
            var v = new Validation().Check(r.Approve is not null, "approve", ui["Validation_Required"])
                .Check((r.Comment?.Trim().Length ?? 0) <= ContractLimits.LongText, "comment", ui["Validation_TooLong", ContractLimits.LongText]);
            var signatory = r.SignatoryId is { } sid ? mine.FirstOrDefault(s => s.Id == sid) : mine.Count == 1 ? mine[0] : null;
            v.Check(signatory is not null, "signatoryId", r.SignatoryId is null ? t["Signatory_Choose"] : t["Signatory_NotYours"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (amendment.Status != AmendmentStatus.Open)
            {
                return AmendmentProblems.Conflict(t["Problem_Closed"]);
            }
            if (amendment.Approvals.Any(a => a.SignatoryId == signatory!.Id))
            {
                return AmendmentProblems.Conflict(t["Problem_AlreadyDecided", signatory!.Label]);
            }
            var now = clock.GetUtcNow();
            var approval = new AmendmentApproval
            {
                Id = Guid.NewGuid(),
                AmendmentId = amendment.Id,
                SignatoryId = signatory!.Id,
                Approved = r.Approve!.Value,
                Comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim(),
                ByUserId = actorId,
                At = now,
            };
            amendment.Approvals.Add(approval);
            var entries = new List<AuditEntry>
            {
                new(approval.Approved ? AuditEventType.AmendmentApproved : AuditEventType.AmendmentRefused, partnershipId, actorId, "amendment",
                    amendment.Id.ToString(), new { contractId, number = amendment.Number, signatoryId = signatory.Id, role = signatory.Role.ToString() }),
            };
            if (!approval.Approved)
            {
                amendment.Status = AmendmentStatus.Refused;
                amendment.ClosedAt = now;
            }
            else if (contract.Signatories.All(s => amendment.Approvals.Any(a => a.SignatoryId == s.Id && a.Approved)))
            {
                if (contract.CurrentVersion != amendment.BaseVersion)
                {
                    return AmendmentProblems.Conflict(t["Problem_BaseChanged"]);
                }
                entries.Add(await applier.ApplyAsync(contract, amendment, actorId, now, ct));
            }
            reader.Touch(amendment);
            try
            {
                await audit.SaveWithAuditAsync(ct, [.. entries]);
            }
            catch (DbUpdateException)
            {
                return AmendmentProblems.Stale(ui);
            }
            return TypedResults.Ok(await reader.ReadAsync(contract, amendment, seat!, ct));
        }
    }
}
