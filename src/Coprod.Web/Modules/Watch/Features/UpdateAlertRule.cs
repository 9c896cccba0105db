using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// <c>PUT …/alert-rules/{id}</c>: the coordinator replaces a rule's fields, with the <c>version</c>
/// read with it (409 when someone saved it since). Alerts already raised keep their figures; the
/// change applies from the next evaluation.
/// </summary>
public static class UpdateAlertRule
{
    public sealed class Handler(CoprodDbContext db, AlertRuleChecks checks, VersionedWrites writes, IGeography geography, IStringLocalizer<WatchText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<AlertRuleDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid ruleId, AlertRuleInput r,
            Guid actorId, CancellationToken ct)
        {
            var rule = await db.Set<AlertRule>().FirstOrDefaultAsync(x => x.Id == ruleId && x.PartnershipId == partnershipId, ct);
            if (rule is null)
            {
                return TypedResults.Problem(detail: t["Rule_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            var (errors, privacy) = await checks.CheckAsync(partnershipId, r, ct);
            errors.Check(r.Version is not null, "version", ui["Validation_Required"]);
            if (!errors.IsValid)
            {
                return TypedResults.ValidationProblem(errors.Errors);
            }
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var conflict = await writes.UpdateAsync(rule, r.Version, () => AlertRuleChecks.Apply(rule, r), () =>
                [new AuditEntry(AuditEventType.WatchAlertRuleUpdated, partnershipId, actorId, "alert-rule", rule.Id.ToString(),
                    new { kind = rule.Kind.ToString(), scope = rule.Scope.ToString(), category = rule.CategoryCode, rule.IsActive }),
                .. privacy.AuditEntries(partnershipId, actorId, "alert-rule", rule.Id.ToString())], ct);
            if (conflict is not null)
            {
                return conflict;
            }
            var names = await AlertNames.LoadAsync(db, geography, t, partnershipId, ct);
            return TypedResults.Ok(AlertRuleDto.Of(rule, names));
        }
    }
}
