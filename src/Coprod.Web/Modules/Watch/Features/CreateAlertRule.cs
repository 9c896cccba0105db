using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary><c>POST …/alert-rules</c>: the coordinator adds an alert rule (VEI-1); bad input is a field error and saves nothing.</summary>
public static class CreateAlertRule
{
    public sealed class Handler(CoprodDbContext db, AlertRuleChecks checks, AuditTrail audit, IGeography geography, TimeProvider clock, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<Created<AlertRuleDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, AlertRuleInput r, Guid actorId,
            CancellationToken ct)
        {
            var (errors, privacy) = await checks.CheckAsync(partnershipId, r, ct);
            errors.Check(await db.Set<AlertRule>().CountAsync(x => x.PartnershipId == partnershipId, ct) < AlertLimits.RulesPerPartnership, "",
                t["Rule_TooMany", AlertLimits.RulesPerPartnership]);
            if (!errors.IsValid)
            {
                return TypedResults.ValidationProblem(errors.Errors);
            }
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var rule = new AlertRule { Id = Guid.NewGuid(), PartnershipId = partnershipId, CreatedAt = clock.GetUtcNow() };
            AlertRuleChecks.Apply(rule, r);
            db.Add(rule);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.WatchAlertRuleCreated, partnershipId, actorId, "alert-rule", rule.Id.ToString(),
                    new { kind = rule.Kind.ToString(), scope = rule.Scope.ToString(), category = rule.CategoryCode }),
                .. privacy.AuditEntries(partnershipId, actorId, "alert-rule", rule.Id.ToString())]);
            var names = await AlertNames.LoadAsync(db, geography, t, partnershipId, ct);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/alert-rules/{rule.Id}", AlertRuleDto.Of(rule, names));
        }
    }
}
