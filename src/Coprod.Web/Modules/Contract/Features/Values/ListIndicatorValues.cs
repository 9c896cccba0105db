using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Values;

/// <summary>An indicator's values for every member: the current one per period and the whole history, with origin, source, who and when.</summary>
public static class ListIndicatorValues
{
    public sealed class Handler(CoprodDbContext db, IndicatorLookup lookup, ContractAccess access, IStringLocalizer<CommitmentText> t)
    {
        public async Task<Results<Ok<IndicatorValuesDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid contractId, Guid sheetId, Guid indicatorId,
            Guid userId, CancellationToken ct) =>
            await lookup.FindAsync(partnershipId, contractId, sheetId, indicatorId, ct) is { } found
                ? TypedResults.Ok(await IndicatorAsync(found, userId, ct))
                : TypedResults.Problem(detail: t["Indicator_NotFound"], statusCode: StatusCodes.Status404NotFound);

        /// <summary>Every indicator of a sheet with its values, for the sheet's page; null when the sheet is not the contract's.</summary>
        public async Task<SheetValuesDto?> SheetAsync(Guid partnershipId, Guid contractId, Guid sheetId, Guid userId, CancellationToken ct)
        {
            if (await lookup.SheetAsync(partnershipId, contractId, sheetId, ct) is not var (contract, sheet))
            {
                return null;
            }
            var indicators = new List<IndicatorValuesDto>();
            foreach (var indicator in sheet.Indicators.OrderBy(i => i.Position))
            {
                indicators.Add(await IndicatorAsync(new IndicatorContext(contract, sheet, indicator), userId, ct));
            }
            return new SheetValuesDto(contract.Id, contract.Title, contract.StartsOn, contract.EndsOn, sheet.Id, sheet.Number, sheet.Title, indicators);
        }

        internal async Task<IndicatorValuesDto> IndicatorAsync(IndicatorContext found, Guid userId, CancellationToken ct)
        {
            var i = found.Indicator;
            var values = await db.Set<IndicatorValue>().AsNoTracking().Where(x => x.IndicatorId == i.Id).ToListAsync(ct);
            var authorIds = values.Select(x => x.EnteredBy).OfType<Guid>().Distinct().ToList();
            var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            var responsible = found.Responsible is { } r
                ? await db.Set<Institution>().AsNoTracking().Where(x => x.Id == r).Select(x => x.Name).FirstOrDefaultAsync(ct)
                : null;
            var history = values.OrderByDescending(x => x.RecordedAt).ThenByDescending(x => x.PeriodEnd)
                .Select(x => new IndicatorValueDto(x.Id, x.PeriodEnd, x.Value, x.Origin, x.Source, x.EnteredBy is { } a ? authors.GetValueOrDefault(a) : null,
                    x.RecordedAt, x.Comment))
                .ToList();
            var current = history.GroupBy(x => x.PeriodEnd).Select(g => g.First()).OrderBy(x => x.PeriodEnd).ToList();
            var seat = await access.SeatAsync(found.Contract.PartnershipId, userId, ct);
            return new IndicatorValuesDto(i.Id, i.SheetId, i.Name, i.Kind, i.Unit, i.Source, i.Baseline, i.Target, i.Frequency, i.Computation, i.EventCategoryCode,
                found.Responsible, responsible, current, history,
                i.Computation == IndicatorComputation.Entered && seat?.ActsFor(found.Responsible) == true,
                i.Computation == IndicatorComputation.EventCount && seat?.IsCoordinator == true);
        }
    }
}
