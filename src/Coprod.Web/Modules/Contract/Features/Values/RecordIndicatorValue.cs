using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary>
/// A value of an entered indicator for the period ending <see cref="Request.PeriodEnd"/>, by a member of the responsible institution
/// (the indicator's, or the sheet's pilot) or the coordinator (403 otherwise). 400: no value, a negative one, a percentage over 100, a
/// period end outside the contract or in the future, a computed indicator. The value keeps who entered it, for which institution, and
/// when; earlier values stay in the history, the latest recorded for a period is the current one.
/// </summary>
public static class RecordIndicatorValue
{
    public sealed record Request(DateOnly? PeriodEnd, decimal? Value, string? Comment = null, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, IndicatorLookup lookup, ContractAccess access, ListIndicatorValues.Handler list, AuditTrail audit,
        AnonymousTextGuard privacyGuard, TimeProvider clock, IStringLocalizer<CommitmentText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<IndicatorValuesDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId,
            Guid sheetId, Guid indicatorId, Request r, Guid actorId, CancellationToken ct)
        {
            var found = await lookup.FindAsync(partnershipId, contractId, sheetId, indicatorId, ct);
            if (found is null)
            {
                return TypedResults.Problem(detail: t["Indicator_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            var seat = await access.SeatAsync(partnershipId, actorId, ct);
            if (seat?.ActsFor(found.Responsible) != true)
            {
                return TypedResults.Problem(detail: t["Value_NotYours"], statusCode: StatusCodes.Status403Forbidden);
            }
            var comment = string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment.Trim();
            var v = Check(found, r, comment, access.Today);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("comment", comment);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var institutionId = found.Responsible is { } responsible && seat.Institutions.Contains(responsible) ? responsible : seat.Institutions.FirstOrDefault();
            var institution = await db.Set<Institution>().AsNoTracking().Where(i => i.Id == institutionId).Select(i => i.Name).FirstOrDefaultAsync(ct);
            var value = new IndicatorValue
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                IndicatorId = indicatorId,
                PeriodEnd = r.PeriodEnd!.Value,
                Value = r.Value!.Value,
                Origin = ValueOrigin.Entered,
                Source = t["Value_SourceEntered", institution ?? t["Value_Coordination"]].Value,
                EnteredBy = actorId,
                InstitutionId = institution is null ? null : institutionId,
                RecordedAt = clock.GetUtcNow(),
                Comment = comment,
            };
            db.Add(value);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.IndicatorValueRecorded, partnershipId, actorId, "indicator", indicatorId.ToString(),
                    new { valueId = value.Id, periodEnd = value.PeriodEnd, value = value.Value }),
                .. privacy.AuditEntries(partnershipId, actorId, "indicator-value", value.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/contracts/{contractId}/sheets/{sheetId}/indicators/{indicatorId}/values",
                (await list.IndicatorAsync(found, actorId, ct)));
        }

        private Validation Check(IndicatorContext found, Request r, string? comment, DateOnly today)
        {
            var v = new Validation();
            v.Check(found.Indicator.Computation == IndicatorComputation.Entered, "computation", t["Value_Computed"]);
            if (r.Value is not { } value)
            {
                v.Add("value", ui["Validation_Required"]);
            }
            else
            {
                v.Check(value >= 0, "value", t["Value_Negative"]);
                v.Check(value <= ContractLimits.MaxAmount, "value", t["Value_TooLarge"]);
                v.Check(found.Indicator.Unit.Trim() != "%" || value <= 100, "value", t["Value_PercentOver100"]);
            }
            if (r.PeriodEnd is not { } end)
            {
                v.Add("periodEnd", ui["Validation_Required"]);
            }
            else
            {
                v.Check(found.Contract.Covers(end), "periodEnd", t["Value_OutsideContract", found.Contract.StartsOn.ToString("dd/MM/yyyy"),
                    found.Contract.EndsOn.ToString("dd/MM/yyyy")]);
                v.Check(end <= today, "periodEnd", t["Value_InFuture"]);
            }
            v.Check((comment?.Length ?? 0) <= ContractLimits.Label, "comment", ui["Validation_TooLong", ContractLimits.Label]);
            return v;
        }
    }
}
