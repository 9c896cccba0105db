namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>One step of an alert's procedure, in <see cref="Position"/> order; done by someone at a time, or not yet.</summary>
public sealed class AlertChecklistItem
{
    public Guid Id { get; set; }
    public Guid AlertId { get; set; }
    public int Position { get; set; }

    /// <summary>Anonymous text.</summary>
    public string Text { get; set; } = "";

    public DateTimeOffset? DoneAt { get; set; }
    public Guid? DoneBy { get; set; }
}
