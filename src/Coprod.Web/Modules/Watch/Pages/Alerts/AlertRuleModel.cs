using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;

namespace Coprod.Web.Modules.Watch.Pages.Alerts;

/// <summary>The rules page's form, turned into the API's <see cref="AlertRuleInput"/>; empty texts mean "all" (category) or "none chosen".</summary>
public sealed class AlertRuleModel
{
    public Guid? Id { get; set; }
    public Guid? Version { get; set; }
    public string? Name { get; set; }
    public AlertRuleKind Kind { get; set; } = AlertRuleKind.Spike;
    public string Category { get; set; } = "";
    public AlertScope Scope { get; set; } = AlertScope.EachArea;
    public string Commune { get; set; } = "";
    public string Area { get; set; } = "";
    public int? Threshold { get; set; } = 10;
    public int? WindowDays { get; set; } = 7;
    public double? Sigmas { get; set; }
    public int? MinimumCount { get; set; }
    public int? Years { get; set; }
    public bool IsActive { get; set; } = true;
    public PrivacyOverride? Override { get; set; }

    public static AlertRuleModel Of(AlertRuleDto r) => new()
    {
        Id = r.Id,
        Version = r.Version,
        Name = r.Name,
        Kind = r.Kind,
        Category = r.Category ?? "",
        Scope = r.Scope,
        Commune = r.Commune ?? "",
        Area = r.AreaId?.ToString() ?? "",
        Threshold = r.Threshold ?? 10,
        WindowDays = r.WindowDays ?? 7,
        Sigmas = r.Sigmas,
        MinimumCount = r.MinimumCount,
        Years = r.Years,
        IsActive = r.IsActive,
    };

    public AlertRuleInput ToInput() => new(
        Name,
        Kind,
        Category.Length == 0 ? null : Category,
        Scope,
        Scope == AlertScope.Commune ? Commune : null,
        Scope == AlertScope.Area && Guid.TryParse(Area, out var area) ? area : null,
        Kind == AlertRuleKind.Fixed ? Threshold : null,
        Kind == AlertRuleKind.Fixed ? WindowDays : null,
        Kind == AlertRuleKind.Spike ? Sigmas : null,
        Kind == AlertRuleKind.Spike ? MinimumCount : null,
        Kind == AlertRuleKind.Spike ? Years : null,
        IsActive,
        Version,
        Override);
}
