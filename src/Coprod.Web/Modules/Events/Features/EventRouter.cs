using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Routes accepted events by the partnership's protocol (EVT-2): one <see cref="EventDelivery"/>
/// per recipient institution, added to the events' own save so that no accepted event is left
/// unrouted; once committed, immediate deliveries are pushed to their institutions' hub groups (EVT-3),
/// built from the reference data the intake has read (<see cref="EventReferenceData"/>) without querying again.
/// The reporting institution gets no delivery of its own event.
/// </summary>
public sealed class EventRouter(CoprodDbContext db, RoutingEngine engine, EventReferenceData reference, EventDtos dtos, EventNotifier notifier,
    TimeProvider clock) : IEventListener
{
    private readonly List<EventDelivery> _routed = [];

    public async Task OnAcceptingAsync(IReadOnlyList<SafetyEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var partnership in events.GroupBy(e => e.PartnershipId))
        {
            var session = await engine.BeginAsync(partnership.Key, ct);
            if (!session.HasRules)
            {
                continue;
            }
            var categories = await reference.CategoriesByIdAsync(partnership.Key, ct);
            foreach (var e in partnership)
            {
                var facts = new RoutingEngine.Facts(categories[e.CategoryId].Code, e.Severity, e.CommuneInsee, e.AreaId, e.Latitude, e.Longitude, e.OccurredAt);
                foreach (var recipient in await session.RouteAsync(facts, e.ReportingInstitutionId, ct))
                {
                    var delivery = new EventDelivery
                    {
                        Id = Guid.NewGuid(),
                        PartnershipId = e.PartnershipId,
                        EventId = e.Id,
                        InstitutionId = recipient.InstitutionId,
                        RuleId = recipient.RuleId,
                        Mode = recipient.Mode,
                        Reason = recipient.Reason,
                        RoutedAt = now,
                    };
                    db.Add(delivery);
                    _routed.Add(delivery);
                }
            }
        }
    }

    public async Task OnAcceptedAsync(IReadOnlyList<SafetyEvent> events, CancellationToken ct)
    {
        var immediate = _routed.Where(d => d.Mode == DeliveryMode.Immediate).ToList();
        _routed.Clear();
        foreach (var partnership in immediate.GroupBy(d => d.PartnershipId))
        {
            var eventIds = partnership.Select(d => d.EventId).ToHashSet();
            var shown = (await dtos.ForAcceptedAsync(partnership.Key, events.Where(e => eventIds.Contains(e.Id)).ToList(), null, ct)).ToDictionary(e => e.Id);
            foreach (var d in partnership)
            {
                await notifier.SendAsync([EventsHub.GroupFor(d.PartnershipId, d.InstitutionId)], EventsHub.EventRouted,
                    new RoutedMessage(d.Id, d.InstitutionId, d.Mode, d.Reason, shown[d.EventId]), ct);
            }
        }
    }
}
