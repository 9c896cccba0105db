using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Saves accepted events in one transaction with what the listeners add (routing) and what the
/// caller adds (its idempotency record), then tells the listeners they are committed. The audit
/// chain is locked only when a person-name override must be audited: reporting is the busiest write.
/// </summary>
public sealed class EventSaver(CoprodDbContext db, IEnumerable<IEventListener> listeners, AuditTrail audit, ILogger<EventSaver> log)
{
    /// <summary>Saves the prepared events; <paramref name="alsoAudit"/> is recorded in the same transaction (e.g. an import).</summary>
    public async Task SaveAsync(Guid partnershipId, Guid? actorId, EventIntake.Prepared prepared, Action? addToSameSave, CancellationToken ct,
        IReadOnlyList<AuditEntry>? alsoAudit = null)
    {
        var events = prepared.Events;
        // Everything this save adds is new: once the context is up to date, scanning up to 10,000 events and their
        // deliveries for changes (on every Add and again in SaveChanges) would find nothing, so it is turned off.
        db.ChangeTracker.DetectChanges();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var listener in listeners)
            {
                await listener.OnAcceptingAsync(events, ct);
            }
            db.AddRange(events);
            addToSameSave?.Invoke();
            var overrides = prepared.Privacy.AuditEntries(partnershipId, actorId, "event", field => EventOf(events, field)).Concat(alsoAudit ?? []).ToList();
            if (overrides.Count == 0)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                await audit.SaveWithAuditAsync(ct, [.. overrides]);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnAcceptedAsync(events, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The events are saved and routed; a failed push is caught up by the recipients' next read.
                log.LogWarning(e, "An event listener ({Listener}) failed after {Count} events were saved.", listener.GetType().Name, events.Count);
            }
        }
    }

    // Fields are "description" for one event and "events[i].description" in a batch.
    private static string EventOf(IReadOnlyList<SafetyEvent> events, string field)
    {
        var open = field.IndexOf('[');
        var index = open < 0 ? 0 : int.Parse(field[(open + 1)..field.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture);
        return events[index].Id.ToString();
    }
}
