namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// An event routed to one institution by the partnership's protocol (EVT-2): immediately or in
/// the daily digest. Recipients acknowledge it and add follow-up (EVT-3); the reporter sees who did.
/// </summary>
public sealed class EventDelivery
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid EventId { get; set; }
    public Guid InstitutionId { get; set; }

    /// <summary>The routing rule that chose this institution.</summary>
    public Guid? RuleId { get; set; }

    public DeliveryMode Mode { get; set; }
    public DateTimeOffset RoutedAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedBy { get; set; }
}

/// <summary>How a routed event reaches an institution.</summary>
public enum DeliveryMode
{
    /// <summary>Pushed at once to connected recipients (and escalated when nobody acknowledges).</summary>
    Immediate = 1,

    /// <summary>Gathered in the next daily digest.</summary>
    Digest = 2,
}
