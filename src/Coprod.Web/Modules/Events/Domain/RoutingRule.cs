using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// One line of the partnership's local protocol (EVT-2), edited by the coordinator: which events
/// (categories × territory × minimum severity × time of day) go to which institutions, at once or
/// in the daily digest. An event goes to the union of the institutions of every active rule it
/// matches; see <see cref="RoutingProtocol"/> for the exact semantics.
/// </summary>
public sealed class RoutingRule : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Category codes; empty means every category.</summary>
    public List<string> Categories { get; set; } = [];

    /// <summary>Communes by INSEE code; with <see cref="Areas"/> empty too, the whole territory.</summary>
    public List<string> Communes { get; set; } = [];

    /// <summary>Areas (an event matches when its point lies in one, or it was reported on one).</summary>
    public List<Guid> Areas { get; set; } = [];

    public EventSeverity MinimumSeverity { get; set; } = EventSeverity.Faible;

    public RoutingWindow Window { get; set; } = RoutingWindow.Always;

    /// <summary>Start of the <see cref="RoutingWindow.Hours"/> window, Paris wall-clock time (inclusive).</summary>
    public TimeOnly? From { get; set; }

    /// <summary>End of the <see cref="RoutingWindow.Hours"/> window (exclusive); before <see cref="From"/> it crosses midnight.</summary>
    public TimeOnly? To { get; set; }

    /// <summary>The institutions to notify.</summary>
    public List<Guid> Targets { get; set; } = [];

    public DeliveryMode Mode { get; set; } = DeliveryMode.Immediate;

    /// <summary>False: kept in the protocol but routes nothing.</summary>
    public bool IsActive { get; set; } = true;

    public Guid Version { get; set; }
}

/// <summary>When in the day a rule applies, judged at the time the event occurred (Paris time).</summary>
public enum RoutingWindow
{
    /// <summary>At any time.</summary>
    Always = 1,

    /// <summary>Between <see cref="RoutingRule.From"/> and <see cref="RoutingRule.To"/> (possibly across midnight).</summary>
    Hours = 2,

    /// <summary>
    /// When none of a target institution's services is present on the event's place at that time
    /// (directory presence slots): the event then goes to the institutions on call there and then
    /// (directory on-call rota), or to the target itself when nobody is on call.
    /// </summary>
    OutsidePresence = 3,
}
