using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Evaluation.Domain;

namespace Coprod.Web.Modules.Evaluation.Features;

/// <summary>
/// The evaluation of a contract's sheets (EVAL-2), in itinere while the contract runs and a posteriori once it
/// has ended: per sheet, its result indicators against their targets, the mean result progress against the
/// expected progress and against its cost (euros per point of progress), and whether it is flagged for review
/// (<see cref="SheetReview"/>). Flagged sheets come first. Draft and abandoned sheets are not evaluated.
/// </summary>
public static class EvaluateSheets
{
    /// <summary>In itinere (the contract runs) or a posteriori (after its end).</summary>
    public enum Phase
    {
        InItinere = 1,
        APosteriori = 2,
    }

    public sealed record ResultIndicator(Guid Id, string Name, string Unit, IndicatorFigures Figures);

    public sealed record SheetEvaluation(
        Guid Id, int Number, string Title, string Priority, SheetStatus Status, string? Pilot, DateOnly PeriodEnd, SheetReview Review,
        IReadOnlyList<ResultIndicator> Results);

    public sealed record Response(
        DateOnly Today, Phase Stage, ContractSummary? Contract, IReadOnlyList<ContractChoice> Contracts, int Flagged, IReadOnlyList<SheetEvaluation> Sheets);

    public sealed class Handler(EvaluationReader reader)
    {
        /// <summary>The evaluation of the contract asked for (default: the one in force, else the latest), or why not.</summary>
        public async Task<(Response? Value, EvaluationError? Error)> ComputeAsync(Guid partnershipId, Guid? contractId, CancellationToken ct = default)
        {
            var today = reader.Today;
            var contracts = await reader.ContractsAsync(partnershipId, ct);
            var contract = EvaluationReader.Pick(contracts, contractId, today);
            if (contractId is not null && contract is null)
            {
                return (null, EvaluationError.UnknownContract);
            }
            if (contract is null)
            {
                return (new Response(today, Phase.InItinere, null, [], 0, []), null);
            }
            var institutions = await reader.InstitutionsAsync(partnershipId, ct);
            var all = await reader.SheetsAsync(contract.Id, ct);
            var sheets = all.Where(s => s.Status is SheetStatus.Adopted or SheetStatus.Completed).ToList();
            var values = await reader.ValuesAsync(partnershipId, sheets.SelectMany(s => s.Indicators).Select(i => i.Id), ct);
            var priorities = contract.Priorities.ToDictionary(p => p.Id, p => p.Title);
            var evaluations = sheets.Select(s =>
            {
                var end = EvaluationReader.SheetEnd(contract, s);
                var expected = Math.Round(ExpectedProgress.At(contract.StartsOn, end, today), 3);
                var results = s.Indicators.Where(i => i.Kind == IndicatorKind.Result).OrderBy(i => i.Position)
                    .Select(i => new ResultIndicator(i.Id, i.Name, i.Unit, IndicatorFigures.Compute(i.Baseline, i.Target, values[i.Id], expected)))
                    .ToList();
                var review = SheetReview.Assess(results.Select(r => r.Figures).ToList(), expected, contract.StartsOn, end, today, s.Cost);
                var pilot = s.PilotInstitutionId is { } p ? institutions.GetValueOrDefault(p) : null;
                return new SheetEvaluation(s.Id, s.Number, s.Title, priorities.GetValueOrDefault(s.PriorityId, ""), s.Status, pilot, end, review, results);
            })
                .OrderByDescending(e => e.Review.Flagged).ThenBy(e => e.Number)
                .ToList();
            var stage = today > contract.EndsOn ? Phase.APosteriori : Phase.InItinere;
            return (new Response(today, stage, EvaluationReader.Summary(contract, all, today), EvaluationReader.Choices(contracts),
                evaluations.Count(e => e.Review.Flagged), evaluations), null);
        }
    }
}
