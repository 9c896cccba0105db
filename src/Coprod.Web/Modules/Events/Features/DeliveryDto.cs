using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>A follow-up as shown: which institution wrote what, when.</summary>
public sealed record FollowUpDto(Guid Id, Guid InstitutionId, string Institution, string Text, DateTimeOffset At);

/// <summary>One recipient of an event: how and why it received it, who acknowledged and when, its follow-ups.</summary>
public sealed record DeliveryDto(
    Guid Id,
    Guid EventId,
    Guid InstitutionId,
    string Institution,
    DeliveryMode Mode,
    DeliveryReason Reason,
    DateTimeOffset RoutedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? EscalatedAt,
    IReadOnlyList<FollowUpDto> FollowUps);

/// <summary>An event in someone's feed: the event and one of its deliveries (the reader's, or the one escalated).</summary>
public sealed record InboxItem(EventDto Event, DeliveryDto Delivery);

/// <summary>A report of the reader's with all its recipients.</summary>
public sealed record ReportStatus(EventDto Event, IReadOnlyList<DeliveryDto> Deliveries);

/// <summary>Builds <see cref="DeliveryDto"/>s with one query per lookup.</summary>
public sealed class DeliveryDtos(CoprodDbContext db)
{
    public async Task<IReadOnlyList<DeliveryDto>> ForAsync(Guid partnershipId, IReadOnlyList<EventDelivery> deliveries, CancellationToken ct)
    {
        if (deliveries.Count == 0)
        {
            return [];
        }
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var ackers = deliveries.Where(d => d.AcknowledgedBy is not null).Select(d => d.AcknowledgedBy!.Value).Distinct().ToList();
        var names = ackers.Count == 0 ? [] : await db.Users.AsNoTracking().Where(u => ackers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var ids = deliveries.Select(d => d.Id).ToList();
        var followUps = (await db.Set<EventFollowUp>().AsNoTracking().Where(f => ids.Contains(f.DeliveryId)).ToListAsync(ct))
            .OrderBy(f => f.At).ToLookup(f => f.DeliveryId);
        string Name(Guid id) => institutions.GetValueOrDefault(id, "");
        return deliveries.Select(d => new DeliveryDto(d.Id, d.EventId, d.InstitutionId, Name(d.InstitutionId), d.Mode, d.Reason, d.RoutedAt, d.AcknowledgedAt,
                d.AcknowledgedBy is { } by ? names.GetValueOrDefault(by) : null, d.EscalatedAt,
                followUps[d.Id].Select(f => new FollowUpDto(f.Id, f.InstitutionId, Name(f.InstitutionId), f.Text, f.At)).ToList()))
            .ToList();
    }

    /// <summary>Every delivery of one event, by institution name.</summary>
    public async Task<IReadOnlyList<DeliveryDto>> ForEventAsync(Guid partnershipId, Guid eventId, CancellationToken ct)
    {
        var deliveries = await db.Set<EventDelivery>().AsNoTracking().Where(d => d.EventId == eventId && d.PartnershipId == partnershipId).ToListAsync(ct);
        return (await ForAsync(partnershipId, deliveries, ct)).OrderBy(d => d.Institution, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Feed items for deliveries, each with its event, in the order given.</summary>
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(Guid partnershipId, IReadOnlyList<EventDelivery> deliveries, EventDtos events, Guid viewerId, CancellationToken ct)
    {
        var eventIds = deliveries.Select(d => d.EventId).Distinct().ToList();
        var loaded = await db.Set<SafetyEvent>().AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToListAsync(ct);
        var dtos = (await events.ForAsync(partnershipId, loaded, viewerId, ct)).ToDictionary(e => e.Id);
        var deliveryDtos = await ForAsync(partnershipId, deliveries, ct);
        return deliveryDtos.Select(d => new InboxItem(dtos[d.EventId], d)).ToList();
    }
}
