namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// Who an alert's procedure mobilises: one institution, one person of the directory or one member of
/// the partnership (exactly one of the three), with what is asked of them (<see cref="Role"/>, anonymous text).
/// </summary>
public sealed class AlertMobilisation
{
    public Guid Id { get; set; }
    public Guid AlertId { get; set; }
    public Guid? InstitutionId { get; set; }

    /// <summary>A person of the directory (DIR-2).</summary>
    public Guid? PersonId { get; set; }

    /// <summary>A member of the partnership (a membership).</summary>
    public Guid? MembershipId { get; set; }

    /// <summary>E.g. « renfort de patrouilles en soirée ».</summary>
    public string Role { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }
    public Guid AddedBy { get; set; }
}
