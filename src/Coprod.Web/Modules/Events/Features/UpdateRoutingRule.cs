using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// <c>PUT …/events/routing-rules/{id}</c>: the coordinator replaces a rule's fields, with the
/// <c>version</c> read with it (409 when someone saved it since). Deliveries already made keep the
/// rule that chose them; the change applies to events accepted from now on.
/// </summary>
public static class UpdateRoutingRule
{
    public sealed class Handler(CoprodDbContext db, RoutingRuleChecks checks, VersionedWrites writes, IStringLocalizer<EventsText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<RoutingRuleDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid ruleId, RoutingRuleInput r,
            Guid actorId, CancellationToken ct)
        {
            var rule = await db.Set<RoutingRule>().FirstOrDefaultAsync(x => x.Id == ruleId && x.PartnershipId == partnershipId, ct);
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
            var conflict = await writes.UpdateAsync(rule, r.Version, () => RoutingRuleChecks.Apply(rule, r), () =>
                [new AuditEntry(AuditEventType.RoutingRuleUpdated, partnershipId, actorId, "routing-rule", rule.Id.ToString(),
                    new { targets = rule.Targets.Count, mode = rule.Mode.ToString(), window = rule.Window.ToString(), rule.IsActive })], ct);
            if (conflict is not null)
            {
                return conflict;
            }
            return TypedResults.Ok(RoutingRuleDto.Of(rule));
        }
    }
}
