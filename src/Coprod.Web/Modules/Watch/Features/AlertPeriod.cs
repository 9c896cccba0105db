using Coprod.Web.Modules.Watch.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>An alert's period in words: « semaine 2026-W10 (du 02/03 au 08/03/2026) » or « du 01/03 au 07/03/2026 ».</summary>
public static class AlertPeriod
{
    public static string Text(WatchAlert alert, AlertRuleKind kind, IStringLocalizer<WatchText> t) =>
        Text(alert.PeriodStart, alert.PeriodEnd, kind, t);

    public static string Text(DateOnly start, DateOnly end, AlertRuleKind kind, IStringLocalizer<WatchText> t) =>
        kind == AlertRuleKind.Spike
            ? t["Period_Week", IsoWeek.Of(start).ToString(), start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MinValue)]
            : t["Period_Days", start.ToDateTime(TimeOnly.MinValue), end.ToDateTime(TimeOnly.MinValue)];
}
