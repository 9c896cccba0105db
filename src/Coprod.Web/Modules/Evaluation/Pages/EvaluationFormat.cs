using System.Globalization;
using Coprod.Web.Modules.Evaluation.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Evaluation.Pages;

/// <summary>How the evaluation's pages write their figures: percentages, numbers and statuses in the reader's language.</summary>
internal static class EvaluationFormat
{
    public static string Percent(double? share, IStringLocalizer<EvaluationText> t) =>
        share is { } s ? s.ToString("P0", CultureInfo.CurrentCulture) : t["NoData"];

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.CurrentCulture) : "–";

    public static string Euros(decimal? value) => value is { } v ? v.ToString("C0", CultureInfo.CurrentCulture) : "–";

    public static string Status(IndicatorStatus status, IStringLocalizer<EvaluationText> t) => t[$"Status_{status}"];

    /// <summary>A CSS class that repeats the status's text in colour (never carries it alone).</summary>
    public static string StatusClass(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Reached => "eval-reached",
        IndicatorStatus.OnTrack => "eval-ontrack",
        IndicatorStatus.Late => "eval-late",
        _ => "eval-nodata",
    };

    /// <summary>The width of a bar for a share (0 to 1), as CSS.</summary>
    public static string Width(double? share) => FormattableString.Invariant($"{Math.Round(Math.Clamp(share ?? 0, 0, 1) * 100)}%");
}
