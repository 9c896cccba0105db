using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>DELETE …/events/routing-rules/{id}?version=…</c>: the coordinator removes a rule (409 when it
/// changed since it was read). Past deliveries stay, naming a rule that no longer exists.
/// </summary>
public static class DeleteRoutingRule
{
    public sealed class Handler(CoprodDbContext db, AuditTrail audit, IStringLocalizer<EventsText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid ruleId, Guid? version, Guid actorId,
            CancellationToken ct)
        {
            var rule = await db.Set<RoutingRule>().FirstOrDefaultAsync(x => x.Id == ruleId && x.PartnershipId == partnershipId, ct);
            if (rule is null)
            {
                return TypedResults.Problem(detail: t["Rule_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            if (version is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
            }
            if (rule.Version != version)
            {
                return CommonProblems.Concurrency(ui);
            }
            db.Remove(rule);
            try
            {
                await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.RoutingRuleDeleted, partnershipId, actorId, "routing-rule", rule.Id.ToString(), null));
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommonProblems.Concurrency(ui);
            }
            return TypedResults.NoContent();
        }
    }
}
