namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// A named person designated in a group by the president or the coordinator (CONF-1). Reading the
/// group's cases also needs a signature of the charter's current version and two-factor
/// authentication, both checked on every request. A removal or a recorded breach ends the
/// membership at once; the row stays so that the access log keeps its names.
/// </summary>
public sealed class GroupMember
{
    public Guid Id { get; set; }
    public Guid GroupId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The institution the person sits for, shown next to their name.</summary>
    public Guid? InstitutionId { get; set; }

    public Guid DesignatedBy { get; set; }
    public DateTimeOffset DesignatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public MemberEndReason? EndReason { get; set; }

    /// <summary>The reason code of a recorded breach (<see cref="MemberEndReason.Breach"/>); null otherwise.</summary>
    public BreachReason? BreachReason { get; set; }
    public Guid? EndedBy { get; set; }

    public bool IsCurrent => EndedAt is null;
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum MemberEndReason
{
    /// <summary>Taken out of the group by the president or the coordinator.</summary>
    Removed = 1,

    /// <summary>A breach of the charter was recorded: access ends at once (CONF-2).</summary>
    Breach = 2,

    /// <summary>Left of their own accord.</summary>
    Left = 3,
}

/// <summary>Why a breach of the charter was recorded: a code, never a text about people. Numbers are stored (and kept in the audit): never renumber.</summary>
public enum BreachReason
{
    /// <summary>Information passed to someone outside the group.</summary>
    DisclosureOutsideGroup = 1,

    /// <summary>Information shared beyond what is strictly useful to help the family.</summary>
    UnnecessaryInformation = 2,

    /// <summary>A case read without a need for it.</summary>
    AccessWithoutNeed = 3,

    /// <summary>An account or an export handed to someone else.</summary>
    CredentialsOrExportShared = 4,

    /// <summary>Another breach of the charter's rules.</summary>
    OtherRule = 5,
}
