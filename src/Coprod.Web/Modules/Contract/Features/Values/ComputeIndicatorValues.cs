using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary>
/// The values of an <see cref="IndicatorComputation.EventCount"/> indicator: the events of its category (every category when none)
/// over the sheet's communes and areas (the whole partnership when none), counted per period of its frequency (Paris days) from
/// the contract's start to the last complete period, leaving out the periods that begin before the partnership's first recorded
/// event (Coprod has no data for them). One computed value per period, written when new or changed. Run by the coordinator and by
/// a daily job.
/// </summary>
public static class ComputeIndicatorValues
{
    public sealed class Handler(CoprodDbContext db, IndicatorLookup lookup, AuditTrail audit, TimeProvider clock, IStringLocalizer<CommitmentText> t,
        ILogger<Handler> log)
    {
        public async Task<Results<Ok<ComputedValuesDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId, Guid sheetId,
            Guid indicatorId, Guid actorId, CancellationToken ct)
        {
            var found = await lookup.FindAsync(partnershipId, contractId, sheetId, indicatorId, ct);
            if (found is null)
            {
                return TypedResults.Problem(detail: t["Indicator_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            if (found.Indicator.Computation != IndicatorComputation.EventCount)
            {
                return TypedResults.ValidationProblem(Validation.Single("computation", t["Value_NotComputed"]));
            }
            return TypedResults.Ok(await ComputeAsync(found, clock.GetUtcNow(), actorId, ct));
        }

        /// <summary>The job's pass: every counted indicator of every contract, each on its own; returns the values written.</summary>
        public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken ct)
        {
            var indicators = await db.Set<SheetIndicator>().AsNoTracking().Where(i => i.Computation == IndicatorComputation.EventCount)
                .Join(db.Set<ActionSheet>(), i => i.SheetId, s => s.Id, (i, s) => new { i.Id, s.PartnershipId, s.ContractId, SheetId = s.Id })
                .ToListAsync(ct);
            var written = 0;
            foreach (var i in indicators)
            {
                try
                {
                    if (await lookup.FindAsync(i.PartnershipId, i.ContractId, i.SheetId, i.Id, ct) is { } found)
                    {
                        written += (await ComputeAsync(found, now, null, ct)).Written;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Computing indicator {IndicatorId} failed; the next pass tries again.", i.Id);
                    db.ChangeTracker.Clear();
                }
            }
            return written;
        }

        private async Task<ComputedValuesDto> ComputeAsync(IndicatorContext found, DateTimeOffset now, Guid? actorId, CancellationToken ct)
        {
            var (contract, sheet, indicator) = found;
            // Before the partnership's first recorded event Coprod holds no data: those periods are unknown, not zero.
            var first = await db.Set<SafetyEvent>().AsNoTracking().Where(e => e.PartnershipId == sheet.PartnershipId)
                .OrderBy(e => e.OccurredAt).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);
            var periods = first is { } f
                ? IndicatorPeriods.Complete(indicator.Frequency, contract.StartsOn, contract.EndsOn, ParisTime.DateOf(now)).Where(p => p.Start >= ParisTime.DateOf(f)).ToList()
                : [];
            var counts = periods.Count == 0 ? [] : await CountAsync(found, periods[0].Start, periods[^1].End, ct);
            if (counts is null)
            {
                return new ComputedValuesDto(indicator.Id, 0, 0);
            }
            var existing = await db.Set<IndicatorValue>().Where(v => v.IndicatorId == indicator.Id && v.Origin == ValueOrigin.Computed)
                .ToListAsync(ct);
            var byEnd = existing.GroupBy(v => v.PeriodEnd).ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.RecordedAt).First());
            var written = 0;
            foreach (var period in periods)
            {
                var count = counts.Count(day => period.Start <= day && day <= period.End);
                if (byEnd.TryGetValue(period.End, out var value))
                {
                    if (value.Value == count)
                    {
                        continue;
                    }
                    value.Value = count;
                    value.RecordedAt = now;
                }
                else
                {
                    db.Add(new IndicatorValue
                    {
                        Id = Guid.NewGuid(),
                        PartnershipId = sheet.PartnershipId,
                        IndicatorId = indicator.Id,
                        PeriodEnd = period.End,
                        Value = count,
                        Origin = ValueOrigin.Computed,
                        Source = t["Value_SourceComputed"].Value,
                        RecordedAt = now,
                    });
                }
                written++;
            }
            if (written > 0 || actorId is not null)
            {
                await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.IndicatorValuesComputed, sheet.PartnershipId, actorId, "indicator",
                    indicator.Id.ToString(), new { periods = periods.Count, written }));
            }
            return new ComputedValuesDto(indicator.Id, periods.Count, written);
        }

        /// <summary>The Paris days of the events counted between two days (inclusive); null when the indicator's category is not the partnership's.</summary>
        private async Task<List<DateOnly>?> CountAsync(IndicatorContext found, DateOnly from, DateOnly to, CancellationToken ct)
        {
            var (_, sheet, indicator) = found;
            var start = ParisTime.FromLocal(from.ToDateTime(TimeOnly.MinValue)).ToUniversalTime();
            var end = ParisTime.FromLocal(to.AddDays(1).ToDateTime(TimeOnly.MinValue)).ToUniversalTime();
            var query = db.Set<SafetyEvent>().AsNoTracking().Where(e => e.PartnershipId == sheet.PartnershipId && e.OccurredAt >= start && e.OccurredAt < end);
            if (indicator.EventCategoryCode is { } code)
            {
                var category = await db.Set<EventCategory>().AsNoTracking().Where(c => c.PartnershipId == sheet.PartnershipId && c.Code == code)
                    .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
                if (category is not { } id)
                {
                    return null;
                }
                query = query.Where(e => e.CategoryId == id);
            }
            if (sheet.Communes.Count > 0 || sheet.AreaIds.Count > 0)
            {
                var communes = sheet.Communes;
                var areas = sheet.AreaIds;
                query = query.Where(e => communes.Contains(e.CommuneInsee) || (e.AreaId != null && areas.Contains(e.AreaId.Value)));
            }
            var instants = await query.Select(e => e.OccurredAt).ToListAsync(ct);
            return instants.Select(ParisTime.DateOf).ToList();
        }
    }
}
