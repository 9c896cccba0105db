using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
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
    public sealed class Handler(CoprodDbContext db, AuditTrail audit, IStringLocalizer<WatchText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid ruleId, Guid? version, Guid actorId,
            CancellationToken ct)
        {
            var rule = await db.Set<AlertRule>().FirstOrDefaultAsync(x => x.Id == ruleId && x.PartnershipId == partnershipId, ct);
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
            if (await db.Set<WatchAlert>().AnyAsync(a => a.RuleId == rule.Id, ct))
            {
                return TypedResults.Problem(title: t["Rule_HasAlertsTitle"], detail: t["Rule_HasAlerts"], statusCode: StatusCodes.Status409Conflict);
            }
            db.Remove(rule);
            try
            {
                await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.WatchAlertRuleDeleted, partnershipId, actorId, "alert-rule", rule.Id.ToString(), null));
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommonProblems.Concurrency(ui);
            }
            return TypedResults.NoContent();
        }
    }
}
