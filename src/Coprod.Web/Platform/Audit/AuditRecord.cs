namespace Coprod.Web.Platform.Audit;

/// <summary>
/// One line of the append-only audit trail. <see cref="Hash"/> covers every field and the
/// previous record's hash, so editing or deleting any record breaks the chain.
/// <see cref="Details"/> never holds personal data: identifiers and codes only.
/// </summary>
public sealed class AuditRecord
{
    /// <summary>Position in the chain: 1, 2, 3… with no gaps.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }
    public AuditEventType Type { get; set; }
    public Guid? PartnershipId { get; set; }
    public Guid? ActorId { get; set; }
    public string? TargetType { get; set; }
    public string? TargetId { get; set; }
    public string? Details { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
