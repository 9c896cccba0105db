using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Events.Domain;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>A routing rule as the API and pages show it; <c>from</c> and <c>to</c> are <c>HH:mm</c>, Paris time.</summary>
public sealed record RoutingRuleDto(
    Guid Id,
    string Name,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Communes,
    IReadOnlyList<Guid> Areas,
    EventSeverity MinimumSeverity,
    RoutingWindow Window,
    string? From,
    string? To,
    IReadOnlyList<Guid> Targets,
    DeliveryMode Mode,
    bool IsActive,
    Guid Version)
{
    public static RoutingRuleDto Of(RoutingRule r) => new(r.Id, r.Name, r.Categories, r.Communes, r.Areas, r.MinimumSeverity, r.Window, Time(r.From),
        Time(r.To), r.Targets, r.Mode, r.IsActive, r.Version);

    public static string? Time(TimeOnly? time) => time is { } t ? ListServices.Time(t) : null;
}

/// <summary>
/// A rule as the coordinator writes it. Empty <c>categories</c> means all; empty <c>communes</c>
/// and <c>areas</c> the whole territory; <c>minimumSeverity</c> defaults to Faible, <c>window</c> to
/// Always (Hours needs <c>from</c> and <c>to</c>, <c>HH:mm</c> Paris time, to before from crossing
/// midnight), <c>mode</c> to Immediate, <c>isActive</c> to true. At least one target institution.
/// </summary>
public sealed record RoutingRuleInput(
    string? Name,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? Communes,
    IReadOnlyList<Guid>? Areas,
    EventSeverity? MinimumSeverity,
    RoutingWindow? Window,
    string? From,
    string? To,
    IReadOnlyList<Guid>? Targets,
    DeliveryMode? Mode,
    bool? IsActive = true,
    Guid? Version = null);
