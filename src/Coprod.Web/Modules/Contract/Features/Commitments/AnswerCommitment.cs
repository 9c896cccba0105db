using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// The owing institution's written account (« rendu compte », CLS-4): only its members (not as field agents) write it, the
/// coordinator and every member read it. Anonymous text (422); kept, never edited.
/// </summary>
public static class AnswerCommitment
{
    public sealed record Request(string? Text, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, ContractAccess access, CommitmentRules rules, AuditTrail audit, AnonymousTextGuard privacyGuard,
        TimeProvider clock, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<CommitmentDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid id, Request r, Guid actorId,
            CancellationToken ct)
        {
            var commitment = await db.Set<Commitment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.PartnershipId == partnershipId, ct);
            if (commitment is null)
            {
                return rules.NotFound();
            }
            var seat = await access.SeatAsync(partnershipId, actorId, ct);
            if (seat?.Institutions.Contains(commitment.InstitutionId) != true)
            {
                return rules.Forbidden("Commitment_AnswerNotYours");
            }
            var text = r.Text?.Trim() ?? "";
            var v = new Validation();
            v.Check(text.Length > 0, "text", ui["Validation_Required"]);
            v.Check(text.Length <= ContractLimits.AnswerText, "text", ui["Validation_TooLong", ContractLimits.AnswerText]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("text", text);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var answer = new CommitmentAnswer
            {
                Id = Guid.NewGuid(),
                CommitmentId = commitment.Id,
                Text = text,
                AuthorId = actorId,
                InstitutionId = commitment.InstitutionId,
                At = clock.GetUtcNow(),
            };
            db.Add(answer);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.CommitmentAnswered, partnershipId, actorId, "commitment", commitment.Id.ToString(), new { answerId = answer.Id }),
                .. privacy.AuditEntries(partnershipId, actorId, "commitment-answer", answer.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/commitments/{commitment.Id}",
                await rules.ReadOneAsync(partnershipId, actorId, commitment.Id, ct));
        }
    }
}
