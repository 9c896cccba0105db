using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>DELETE …/alert-rules/{id}?version=…</c>: the coordinator removes a rule that never raised an
/// alert (409 when it changed since it was read). A rule with alerts is kept for their history: it
/// is deactivated instead (409 saying so).
/// </summary>
public static class DeleteAlertRule
{
    public sealed class Handler(CoprodDbContext db, VersionedWrites writes, IStringLocalizer<WatchText> t)
    {
        public async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid ruleId, Guid? version, Guid actorId,
            CancellationToken ct)
        {
            var rule = await db.Set<AlertRule>().FirstOrDefaultAsync(x => x.Id == ruleId && x.PartnershipId == partnershipId, ct);
            if (rule is null)
            {
                return TypedResults.Problem(detail: t["Rule_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            return await writes.RemoveAsync(rule, version,
                new AuditEntry(AuditEventType.WatchAlertRuleDeleted, partnershipId, actorId, "alert-rule", rule.Id.ToString(), null), ct,
                async () => await db.Set<WatchAlert>().AnyAsync(a => a.RuleId == rule.Id, ct)
                    ? TypedResults.Problem(title: t["Rule_HasAlertsTitle"], detail: t["Rule_HasAlerts"], statusCode: StatusCodes.Status409Conflict)
                    : null);
        }
    }
}
