using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
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
    public sealed class Handler(CoprodDbContext db, VersionedWrites writes, IStringLocalizer<EventsText> t)
    {
        public async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid ruleId, Guid? version, Guid actorId,
            CancellationToken ct)
        {
            var rule = await db.Set<RoutingRule>().FirstOrDefaultAsync(x => x.Id == ruleId && x.PartnershipId == partnershipId, ct);
            if (rule is null)
            {
                return TypedResults.Problem(detail: t["Rule_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            return await writes.RemoveAsync(rule, version,
                new AuditEntry(AuditEventType.RoutingRuleDeleted, partnershipId, actorId, "routing-rule", rule.Id.ToString(), null), ct);
        }
    }
}
