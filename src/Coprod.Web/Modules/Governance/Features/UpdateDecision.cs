using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Changes a decision: text, owner, due date, communes, status and follow-up note. Closing it (done,
/// abandoned) sets its closing date (today in Paris unless given); reopening clears it. A stale version is refused (409).
/// </summary>
public static class UpdateDecision
{
    public sealed record Request(Guid Version, string? Text, Guid? OwnerInstitutionId, Guid? OwnerPersonId, DateOnly? DueOn, DecisionStatus? Status,
        DateOnly? ClosedOn, string? FollowUp, IReadOnlyList<string>? Communes, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, GovernanceAccess access, DecisionRules rules, AuditTrail audit, AnonymousTextGuard privacyGuard,
        IStringLocalizer<GovernanceText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<DecisionDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid decisionId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var decision = await db.Set<Decision>().FirstOrDefaultAsync(d => d.Id == decisionId && d.PartnershipId == partnershipId, ct);
            if (decision is null)
            {
                return TypedResults.Problem(detail: t["Decision_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            var body = await db.Set<Body>().AsNoTracking().FirstAsync(b => b.Id == decision.BodyId, ct);
            if (await access.RefuseUnlessManagerAsync(partnershipId, actorId, body.Kind) is { } refusal)
            {
                return refusal;
            }
            var v = await rules.CheckAsync(partnershipId, r.Text, r.OwnerInstitutionId, r.OwnerPersonId is { } p && p == decision.OwnerPersonId ? null : r.OwnerPersonId,
                r.DueOn, r.Communes, r.FollowUp, ct);
            v.Check(r.Status is null || Enum.IsDefined(r.Status.Value), "status", t["Decision_UnknownStatus"]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (decision.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            var text = r.Text!.Trim();
            var followUp = BodyRules.Clean(r.FollowUp);
            var privacy = privacyGuard.Begin(r.PrivacyOverride).CheckChanged("text", text, decision.Text).CheckChanged("followUp", followUp, decision.FollowUp);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var before = decision.Status;
            decision.Text = text;
            decision.OwnerInstitutionId = r.OwnerInstitutionId!.Value;
            decision.OwnerPersonId = r.OwnerPersonId;
            decision.DueOn = r.DueOn!.Value;
            decision.Communes = (r.Communes ?? []).Distinct().ToList();
            decision.FollowUp = followUp;
            decision.Status = r.Status ?? decision.Status;
            decision.ClosedOn = decision.IsClosed ? r.ClosedOn ?? decision.ClosedOn ?? rules.Today : null;
            db.Entry(decision).Property(d => d.Version).OriginalValue = r.Version;
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceDecisionUpdated, partnershipId, actorId, "decision", decision.Id.ToString(),
                    new { from = before.ToString(), to = decision.Status.ToString(), closedOn = decision.ClosedOn }),
                .. privacy.AuditEntries(partnershipId, actorId, "decision", decision.Id.ToString())]);
            return TypedResults.Ok((await rules.ReadAsync(partnershipId, actorId, q => q.Where(d => d.Id == decision.Id), ct)).Single());
        }
    }
}
