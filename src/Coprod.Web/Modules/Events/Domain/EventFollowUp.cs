namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// What a recipient institution did or will do about a routed event (EVT-3): an anonymous text
/// (PRIV-1, checked on save), seen by the reporter, the coordinator and the other recipients.
/// </summary>
public sealed class EventFollowUp
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid DeliveryId { get; set; }
    public Guid EventId { get; set; }
    public Guid InstitutionId { get; set; }
    public Guid AuthorUserId { get; set; }
    public string Text { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
