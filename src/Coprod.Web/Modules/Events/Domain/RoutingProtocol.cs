using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// What routing needs to know about one event (real or simulated): its category code, severity,
/// commune, every area it lies in (the area it was reported on, and each area whose outline holds
/// its point on the day it occurred) and when it occurred.
/// </summary>
public sealed record RoutedEvent(string Category, EventSeverity Severity, string Commune, IReadOnlySet<Guid> Areas, DateTimeOffset OccurredAt);

/// <summary>
/// Who is there on the event's place at the time it occurred, from the directory (DIR-4, DIR-5):
/// the institutions with a service present by its weekly slots, and those with an on-call entry in force.
/// </summary>
public sealed record PlaceAtTime(IReadOnlySet<Guid> Present, IReadOnlyList<Guid> OnCall);

/// <summary>
/// One institution that receives the event, with the rule that chose it and why; for
/// <see cref="DeliveryReason.OnCall"/>, <c>AbsentTarget</c> is the target institution that was not present.
/// </summary>
public sealed record RoutedRecipient(Guid InstitutionId, DeliveryMode Mode, Guid RuleId, DeliveryReason Reason, Guid? AbsentTarget = null);

/// <summary>
/// The routing semantics of EVT-2, with no database. A rule matches an event when all hold:
/// its categories are empty or hold the event's; its communes and areas are both empty, or hold
/// the event's commune, or one of the areas the event lies in; the event's severity is at least
/// the rule's minimum; and its window admits the time the event occurred (Paris wall clock):
/// <see cref="RoutingWindow.Always"/>, or <see cref="RoutingWindow.Hours"/> from–to (to exclusive,
/// crossing midnight when to is before from). For <see cref="RoutingWindow.OutsidePresence"/>, each
/// target is judged on its own: present on the place at that time, it gets nothing from this rule;
/// absent, the institutions on call there get the event instead (reason <see cref="DeliveryReason.OnCall"/>),
/// or the target itself when nobody is on call (<see cref="DeliveryReason.NobodyOnCall"/>).
/// An institution chosen by several rules receives the event once: immediately if any rule says
/// so, and for the first such rule in name order. The reporting institution receives nothing.
/// </summary>
public static class RoutingProtocol
{
    /// <summary>Whether the rule applies to the event before presence is considered.</summary>
    public static bool Matches(RoutingRule rule, RoutedEvent e) =>
        rule.IsActive
        && (rule.Categories.Count == 0 || rule.Categories.Contains(e.Category))
        && ((rule.Communes.Count == 0 && rule.Areas.Count == 0) || rule.Communes.Contains(e.Commune) || rule.Areas.Any(e.Areas.Contains))
        && e.Severity >= rule.MinimumSeverity
        && (rule.Window != RoutingWindow.Hours || InHours(rule.From, rule.To, e.OccurredAt));

    /// <summary>Whether the Paris time of day of <paramref name="at"/> lies in [from, to), crossing midnight when to &lt; from.</summary>
    public static bool InHours(TimeOnly? from, TimeOnly? to, DateTimeOffset at)
    {
        if (from is not { } start || to is not { } end)
        {
            return false;
        }
        var time = TimeOnly.FromDateTime(ParisTime.ToParis(at).DateTime);
        return start < end ? time >= start && time < end : time >= start || time < end;
    }

    /// <summary>
    /// The recipients of an event from the rules it matches (<see cref="Matches"/>);
    /// <paramref name="place"/> is needed only when one of them is <see cref="RoutingWindow.OutsidePresence"/>.
    /// </summary>
    public static IReadOnlyList<RoutedRecipient> Recipients(IEnumerable<RoutingRule> matching, PlaceAtTime? place, Guid? reportingInstitution)
    {
        var chosen = new Dictionary<Guid, RoutedRecipient>();
        foreach (var rule in matching.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Id))
        {
            foreach (var candidate in Candidates(rule, place))
            {
                if (candidate.InstitutionId == reportingInstitution)
                {
                    continue;
                }
                if (!chosen.TryGetValue(candidate.InstitutionId, out var existing)
                    || (existing.Mode == DeliveryMode.Digest && candidate.Mode == DeliveryMode.Immediate))
                {
                    chosen[candidate.InstitutionId] = candidate;
                }
            }
        }
        return chosen.Values.ToList();
    }

    private static IEnumerable<RoutedRecipient> Candidates(RoutingRule rule, PlaceAtTime? place)
    {
        foreach (var target in rule.Targets)
        {
            if (rule.Window != RoutingWindow.OutsidePresence)
            {
                yield return new RoutedRecipient(target, rule.Mode, rule.Id, DeliveryReason.Target);
                continue;
            }
            var here = place ?? throw new ArgumentNullException(nameof(place), "Presence is needed for an outside-presence rule.");
            if (here.Present.Contains(target))
            {
                continue;
            }
            if (here.OnCall.Count == 0)
            {
                yield return new RoutedRecipient(target, rule.Mode, rule.Id, DeliveryReason.NobodyOnCall);
                continue;
            }
            foreach (var onCall in here.OnCall.Distinct())
            {
                yield return new RoutedRecipient(onCall, rule.Mode, rule.Id, DeliveryReason.OnCall, target);
            }
        }
    }
}
