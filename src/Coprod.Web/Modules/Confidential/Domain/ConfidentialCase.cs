using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>
/// A case (CONF-2, CONF-3): the follow-up of a named person or family inside one group. What
/// names or describes people lives in <see cref="SealedRecord"/> (a <see cref="CaseRecord"/>
/// encrypted with keys the database does not hold, CONF-5); the columns in clear hold only what
/// the module needs to run: dates, status, origin, referent, the destruction deadline.
/// </summary>
public sealed class ConfidentialCase : IVersioned
{
    public Guid Id { get; set; }
    public Guid GroupId { get; set; }
    public Guid PartnershipId { get; set; }

    /// <summary>A non-nominative reference for the members (« GOM-2026-004 »).</summary>
    public string Reference { get; set; } = "";

    public CaseStatus Status { get; set; } = CaseStatus.Active;

    /// <summary>Start of the follow-up.</summary>
    public DateOnly OpenedOn { get; set; }

    public CaseOrigin Origin { get; set; }

    /// <summary>The member who leads the follow-up (the coordinator of a L121-6-2 coordination).</summary>
    public Guid ReferentUserId { get; set; }

    /// <summary>End of the follow-up; the case moves to the restricted archive.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The last day of the archive; destroyed the day after (CONF-6).</summary>
    public DateOnly? ArchiveUntil { get; set; }

    /// <summary>
    /// Destroyed on this day at the latest, whatever the status: the first day of the month of the
    /// followed person's 25th birthday (a month early rather than a day late, and the column says no
    /// more than the month of birth).
    /// </summary>
    public DateOnly DestroyBy { get; set; }

    /// <summary>The <see cref="CaseRecord"/>, encrypted for this case.</summary>
    public string SealedRecord { get; set; } = "";

    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum CaseStatus
{
    /// <summary>Followed: readable by the group's entitled members.</summary>
    Active = 1,

    /// <summary>Closed: in the restricted archive, opened only with a stated reason (logged).</summary>
    Archived = 2,
}
