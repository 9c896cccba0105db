using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// An event routed to one institution by the partnership's protocol (EVT-2): immediately or in
/// the daily digest. Recipients acknowledge it and add follow-up (EVT-3); the reporter sees who did.
/// An immediate delivery nobody acknowledges within the configured delay is escalated to the
/// coordinator once (<see cref="EscalatedAt"/>); a digest delivery is mailed once (<see cref="DigestSentAt"/>).
/// </summary>
public sealed class EventDelivery : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid EventId { get; set; }
    public Guid InstitutionId { get; set; }

    /// <summary>The routing rule that chose this institution.</summary>
    public Guid? RuleId { get; set; }

    public DeliveryMode Mode { get; set; }

    public DeliveryReason Reason { get; set; } = DeliveryReason.Target;

    public DateTimeOffset RoutedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedBy { get; set; }

    /// <summary>When the coordinator was told nobody had acknowledged it (claimed once, whatever the number of instances).</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    /// <summary>When it went out in a daily digest.</summary>
    public DateTimeOffset? DigestSentAt { get; set; }

    /// <summary>The digest run that claimed it, so that the run mails exactly what it claimed.</summary>
    public Guid? DigestBatchId { get; set; }

    public List<EventFollowUp> FollowUps { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>How a routed event reaches an institution.</summary>
public enum DeliveryMode
{
    /// <summary>Pushed at once to connected recipients (and escalated when nobody acknowledges).</summary>
    Immediate = 1,

    /// <summary>Gathered in the next daily digest.</summary>
    Digest = 2,
}
