using Coprod.Web.Modules.Events.Domain;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// What other parts of Coprod do with accepted events. <see cref="OnAcceptingAsync"/> runs before
/// the save and may add rows to the same unit of work (routing's deliveries commit with the event,
/// so no accepted event is ever left unrouted); <see cref="OnAcceptedAsync"/> runs after the commit
/// (pushing to connected recipients) and must not fail the request.
/// </summary>
public interface IEventListener
{
    Task OnAcceptingAsync(IReadOnlyList<SafetyEvent> events, CancellationToken ct);

    Task OnAcceptedAsync(IReadOnlyList<SafetyEvent> events, CancellationToken ct);
}
