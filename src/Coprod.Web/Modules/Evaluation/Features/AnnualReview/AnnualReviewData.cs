using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Evaluation.Domain;
using Coprod.Web.Modules.Governance.Features;

namespace Coprod.Web.Modules.Evaluation.Features.AnnualReview;

/// <summary>The steps of building the yearly review, reported to the page while it builds.</summary>
public enum AnnualReviewStep
{
    /// <summary>« Lecture des fiches ».</summary>
    Sheets = 1,

    /// <summary>« Indicateurs ».</summary>
    Indicators = 2,

    /// <summary>« Engagements ».</summary>
    Commitments = 3,

    /// <summary>« Mise en page ».</summary>
    Layout = 4,
}

/// <summary>Why the yearly review cannot be built; both answer 400 on <c>year</c>.</summary>
public enum AnnualReviewError
{
    /// <summary>The partnership has no contract.</summary>
    NoContract = 1,

    /// <summary>The year is outside the contract's period or after this year.</summary>
    BadYear = 2,
}

/// <summary>
/// What the yearly review is written from, for one contract and one year: the figures are taken at
/// <see cref="AsOf"/>, the year's end or today when the year is not over.
/// </summary>
internal sealed record AnnualReviewData(
    int Year, DateOnly AsOf, LocalContract Contract, IReadOnlyList<ContractSignatory> Signatories, IReadOnlyList<ActionSheet> Sheets,
    IReadOnlyDictionary<Guid, string> Institutions, ILookup<Guid, RecordedValue> Values, IReadOnlyList<Commitment> Commitments,
    ComputeHealth.Response Health, EvaluateSheets.Response Evaluation, ComputeCoproduction.Response? Coproduction, IReadOnlyList<Amendment> OpenAmendments)
{
    public string Institution(Guid? id) => id is { } i ? Institutions.GetValueOrDefault(i, "") : "";

    /// <summary>The indicator's figures from its values measuring periods of the year, against the progress expected of its sheet at <see cref="AsOf"/>.</summary>
    public IndicatorFigures Figures(ActionSheet sheet, SheetIndicator indicator) =>
        IndicatorFigures.Compute(indicator.Baseline, indicator.Target, Values[indicator.Id].Where(v => v.PeriodEnd.Year == Year && v.PeriodEnd <= AsOf),
            Math.Round(EvaluationReader.SheetExpected(Contract, sheet, AsOf), 3));
}
