using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary><c>POST …/events/routing-rules</c>: the coordinator adds a rule to the protocol (EVT-2); bad input is a field error and saves nothing.</summary>
public static class CreateRoutingRule
{
    public sealed class Handler(CoprodDbContext db, RoutingRuleChecks checks, AuditTrail audit, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<Created<RoutingRuleDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, RoutingRuleInput r, Guid actorId,
            CancellationToken ct)
        {
            var (errors, privacy) = await checks.CheckAsync(partnershipId, r, ct);
            errors.Check(await db.Set<RoutingRule>().CountAsync(x => x.PartnershipId == partnershipId, ct) < EventLimits.Rules, "", t["Rule_TooMany", EventLimits.Rules]);
            if (!errors.IsValid)
            {
                return TypedResults.ValidationProblem(errors.Errors);
            }
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var rule = new RoutingRule { Id = Guid.NewGuid(), PartnershipId = partnershipId };
            RoutingRuleChecks.Apply(rule, r);
            db.Add(rule);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.RoutingRuleCreated, partnershipId, actorId, "routing-rule", rule.Id.ToString(),
                new { targets = rule.Targets.Count, mode = rule.Mode.ToString(), window = rule.Window.ToString() }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/events/routing-rules/{rule.Id}", RoutingRuleDto.Of(rule));
        }
    }
}
