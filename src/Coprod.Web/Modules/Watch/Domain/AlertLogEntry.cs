namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// One line of an alert's log (VEI-2): a note written by a member (<see cref="Text"/>, anonymous), or
/// a step of the procedure recorded by Coprod itself (<see cref="Kind"/>, no text).
/// </summary>
public sealed class AlertLogEntry
{
    public Guid Id { get; set; }
    public Guid AlertId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid AuthorId { get; set; }
    public AlertLogKind Kind { get; set; }
    public string? Text { get; set; }
}

/// <summary>What a log line records. Numbers are stored: never renumber.</summary>
public enum AlertLogKind
{
    Note = 1,
    ProcedureOpened = 2,
    Mobilised = 3,
    MobilisationRemoved = 4,
    ChecklistItemAdded = 5,
    ChecklistItemDone = 6,
    ChecklistItemReopened = 7,
    UrgentMeetingScheduled = 8,
    Closed = 9,
}
