using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Hubs;
using Coprod.Web.Platform.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>An event routed at once to an institution, as hub clients receive it.</summary>
public sealed record RoutedMessage(Guid DeliveryId, Guid InstitutionId, DeliveryMode Mode, DeliveryReason Reason, EventDto Event);

/// <summary>A change on one delivery (acknowledged, followed up, escalated), as hub clients receive it.</summary>
public sealed record DeliveryMessage(Guid EventId, Guid DeliveryId, Guid InstitutionId, DateTimeOffset At);

/// <summary>
/// Tells connected people after a commit: hub clients get the data through SignalR (and its Redis
/// backplane), server-side pages a <see cref="RealtimeSignal"/> to reload. A failure is logged and
/// never fails the request: what was saved stays saved, and readers see it on their next load.
/// </summary>
public sealed class EventNotifier(IHubContext<EventsHub> hub, IRealtimeBus bus, ILogger<EventNotifier> log)
{
    public async Task SendAsync(IReadOnlyList<string> groups, string method, object payload, CancellationToken ct)
    {
        if (groups.Count == 0)
        {
            return;
        }
        try
        {
            await hub.Clients.Groups(groups).SendAsync(method, payload, ct);
            await bus.PublishAsync(new RealtimeSignal(groups, method), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Real-time notification {Method} failed.", method);
        }
    }
}
