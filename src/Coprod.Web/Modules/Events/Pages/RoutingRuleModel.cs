using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;

namespace Coprod.Web.Modules.Events.Pages;

/// <summary>The protocol page's form, turned into the API's <see cref="RoutingRuleInput"/>.</summary>
public sealed class RoutingRuleModel
{
    public Guid? Id { get; set; }
    public Guid? Version { get; set; }
    public string? Name { get; set; }
    public HashSet<string> Categories { get; } = [];
    public HashSet<string> Places { get; } = [];
    public EventSeverity MinimumSeverity { get; set; } = EventSeverity.Faible;
    public RoutingWindow Window { get; set; } = RoutingWindow.Always;
    public TimeOnly? From { get; set; }
    public TimeOnly? To { get; set; }
    public HashSet<Guid> Targets { get; } = [];
    public DeliveryMode Mode { get; set; } = DeliveryMode.Immediate;
    public bool IsActive { get; set; } = true;

    public static RoutingRuleModel Of(RoutingRuleDto r)
    {
        var model = new RoutingRuleModel
        {
            Id = r.Id,
            Version = r.Version,
            Name = r.Name,
            MinimumSeverity = r.MinimumSeverity,
            Window = r.Window,
            From = r.From is null ? null : TimeOnly.Parse(r.From, System.Globalization.CultureInfo.InvariantCulture),
            To = r.To is null ? null : TimeOnly.Parse(r.To, System.Globalization.CultureInfo.InvariantCulture),
            Mode = r.Mode,
            IsActive = r.IsActive,
        };
        model.Categories.UnionWith(r.Categories);
        model.Places.UnionWith(r.Communes.Select(c => $"c:{c}").Concat(r.Areas.Select(a => $"a:{a}")));
        model.Targets.UnionWith(r.Targets);
        return model;
    }

    public RoutingRuleInput ToInput() => new(
        Name,
        [.. Categories],
        Places.Where(p => p.StartsWith("c:", StringComparison.Ordinal)).Select(p => p[2..]).ToList(),
        Places.Where(p => p.StartsWith("a:", StringComparison.Ordinal)).Select(p => Guid.Parse(p[2..])).ToList(),
        MinimumSeverity,
        Window,
        RoutingRuleDto.Time(From),
        RoutingRuleDto.Time(To),
        [.. Targets],
        Mode,
        IsActive,
        Version);

    public static void Toggle<T>(HashSet<T> set, T item, bool on)
    {
        if (on)
        {
            set.Add(item);
        }
        else
        {
            set.Remove(item);
        }
    }
}
