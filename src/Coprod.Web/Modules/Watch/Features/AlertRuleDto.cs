using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// An alert rule as the API and pages show it; <c>placeName</c> and <c>categoryLabel</c> are readable.
/// Fixed rules carry <c>threshold</c> and <c>windowDays</c>; spike rules <c>sigmas</c>,
/// <c>minimumCount</c> and <c>years</c> (the defaults filled in).
/// </summary>
public sealed record AlertRuleDto(
    Guid Id,
    string Name,
    AlertRuleKind Kind,
    string? Category,
    string CategoryLabel,
    AlertScope Scope,
    string? Commune,
    Guid? AreaId,
    string PlaceName,
    int? Threshold,
    int? WindowDays,
    double? Sigmas,
    int? MinimumCount,
    int? Years,
    bool IsActive,
    Guid Version)
{
    public static AlertRuleDto Of(AlertRule r, AlertNames names)
    {
        var spike = r.Kind == AlertRuleKind.Spike ? r.SpikeOptions : null;
        return new(r.Id, r.Name, r.Kind, r.CategoryCode, names.Category(r.CategoryCode), r.Scope, r.CommuneInsee, r.AreaId, names.Place(r),
            r.Threshold, r.WindowDays, spike?.Sigmas, spike?.MinimumCount, spike?.Years, r.IsActive, r.Version);
    }
}

/// <summary>
/// A rule as the coordinator writes it. <c>kind</c>: Fixed or Spike. <c>category</c>: a category
/// code, or empty for all categories together. <c>scope</c>: Territory, Commune (with <c>commune</c>,
/// an INSEE code of the partnership), Area (with <c>areaId</c>, a current area) or EachArea. Fixed
/// needs <c>threshold</c> (1–100 000) and <c>windowDays</c> (1–366); Spike takes <c>sigmas</c> (1–10,
/// default 3), <c>minimumCount</c> (1–10 000, default 5) and <c>years</c> (1–10, default 3). The name
/// is an anonymous text. <c>version</c> is required to update.
/// </summary>
public sealed record AlertRuleInput(
    string? Name,
    AlertRuleKind? Kind,
    string? Category,
    AlertScope? Scope,
    string? Commune = null,
    Guid? AreaId = null,
    int? Threshold = null,
    int? WindowDays = null,
    double? Sigmas = null,
    int? MinimumCount = null,
    int? Years = null,
    bool? IsActive = true,
    Guid? Version = null,
    PrivacyOverride? PrivacyOverride = null);
