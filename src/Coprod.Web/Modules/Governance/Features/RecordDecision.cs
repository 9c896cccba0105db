using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>Records a decision taken at a meeting (GOV-3), by the managers of the meeting's body; its text is anonymous (422).</summary>
public static class RecordDecision
{
    public sealed record Request(string? Text, Guid? OwnerInstitutionId, Guid? OwnerPersonId, DateOnly? DueOn, IReadOnlyList<string>? Communes,
        PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, MeetingEditing editing, DecisionRules rules, AuditTrail audit, AnonymousTextGuard privacyGuard, TimeProvider clock)
    {
        public async Task<Results<Created<DecisionDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var (meeting, body) = loaded!;
            var v = await rules.CheckAsync(partnershipId, r.Text, r.OwnerInstitutionId, r.OwnerPersonId, r.DueOn, r.Communes, null, ct);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("text", r.Text);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var decision = new Decision
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                BodyId = body.Id,
                MeetingId = meeting.Id,
                Text = r.Text!.Trim(),
                OwnerInstitutionId = r.OwnerInstitutionId!.Value,
                OwnerPersonId = r.OwnerPersonId,
                DueOn = r.DueOn!.Value,
                Communes = (r.Communes ?? []).Distinct().ToList(),
                CreatedAt = clock.GetUtcNow(),
            };
            db.Add(decision);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.GovernanceDecisionRecorded, partnershipId, actorId, "decision", decision.Id.ToString(),
                    new { meetingId = meeting.Id, ownerInstitutionId = decision.OwnerInstitutionId, dueOn = decision.DueOn }),
                .. privacy.AuditEntries(partnershipId, actorId, "decision", decision.Id.ToString())]);
            var dto = (await rules.ReadAsync(partnershipId, actorId, q => q.Where(d => d.Id == decision.Id), ct)).Single();
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/governance/decisions?id={decision.Id}", dto);
        }
    }
}
