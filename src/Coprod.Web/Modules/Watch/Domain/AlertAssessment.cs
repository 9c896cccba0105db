namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// What an alert rule found for one area × category: the observed <see cref="Count"/>, the
/// <see cref="Expected"/> count (baseline mean; none for a fixed threshold), the
/// <see cref="UpperLimit"/> of usual variation (none for a fixed threshold), <see cref="AlertFrom"/>,
/// the smallest count that raises the alert, <see cref="Ratio"/> = count / expected (none when nothing
/// is expected), the number of <see cref="BaselineWeeks"/> the expectation rests on, whether the rule
/// fires and why.
/// </summary>
public sealed record AlertAssessment(
    int Count,
    double? Expected,
    double? UpperLimit,
    int? AlertFrom,
    double? Ratio,
    int BaselineWeeks,
    bool IsAlert,
    AlertReason Reason);
