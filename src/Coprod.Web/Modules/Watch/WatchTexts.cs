using Coprod.Web.Modules.Watch.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch;

/// <summary>Plain-language sentences for the watch computations: why an alert rule fired or not, why a grid was refused.</summary>
public static class WatchTexts
{
    /// <summary>
    /// One sentence in the interface language, e.g. « 14 événements cette semaine pour 4,2 attendus (×3,3)… ».
    /// Arguments of <c>Alert_*</c>: 0 count, 1 expected, 2 ratio, 3 alert from, 4 baseline weeks.
    /// </summary>
    public static string Explain(this IStringLocalizer<WatchText> t, AlertAssessment a) =>
        t[$"Alert_{a.Reason}{(a.Reason == AlertReason.Spike && a.Ratio is null ? "FromZero" : "")}",
            a.Count, a.Expected ?? 0, a.Ratio ?? 0, a.AlertFrom ?? 0, a.BaselineWeeks];

    /// <summary>Why the grid cannot be computed, with its figures (the detail of the 422).</summary>
    public static string Explain(this IStringLocalizer<WatchText> t, WatchGridException refused) =>
        t[$"Grid_{refused.Refusal}", [.. refused.Values.Cast<object>()]];
}
