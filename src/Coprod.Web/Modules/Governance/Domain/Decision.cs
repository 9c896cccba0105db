using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>
/// A decision taken at a meeting (GOV-3): an anonymous text, an owner institution (and optionally
/// a person of the directory who carries it), a due date and a follow-up. Until it is closed it is
/// carried over to the following meetings of the same body (« Suivi des décisions »).
/// </summary>
public sealed class Decision : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid BodyId { get; set; }
    public Guid MeetingId { get; set; }

    /// <summary>Anonymous text (PRIV-1).</summary>
    public string Text { get; set; } = "";

    public Guid OwnerInstitutionId { get; set; }

    /// <summary>The directory person who carries it, handed to their successor when they leave.</summary>
    public Guid? OwnerPersonId { get; set; }

    public DateOnly DueOn { get; set; }
    public DecisionStatus Status { get; set; } = DecisionStatus.Open;

    /// <summary>Set when the decision is done or abandoned.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>A short follow-up note (anonymous).</summary>
    public string? FollowUp { get; set; }

    /// <summary>INSEE codes of the partnership's communes concerned; empty means the whole partnership.</summary>
    public List<string> Communes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }

    public bool IsClosed => Status is DecisionStatus.Done or DecisionStatus.Abandoned;

    /// <summary>Days past the due date on <paramref name="today"/> (Paris) while still open; 0 otherwise.</summary>
    public int DaysLate(DateOnly today) => !IsClosed && DueOn < today ? today.DayNumber - DueOn.DayNumber : 0;
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum DecisionStatus
{
    Open = 1,
    InProgress = 2,
    Done = 3,
    Abandoned = 4,
}

/// <summary>
/// A « relevé de décisions » of a meeting (GOV-3), mailed to the members concerned: the members whose
/// institution owns one of its decisions, and every field agent (Agent role) of the partnership.
/// <see cref="Text"/> is what was sent: the decisions, their owner institutions and due dates, no minutes, no names.
/// </summary>
public sealed class DecisionDigest
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid MeetingId { get; set; }
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public Guid SentBy { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public List<DigestRecipient> Recipients { get; set; } = [];
}

/// <summary>One user a digest was sent to, and when they acknowledged it.</summary>
public sealed class DigestRecipient
{
    public Guid Id { get; set; }
    public Guid DigestId { get; set; }
    public Guid UserId { get; set; }
    public string Email { get; set; } = "";
    public DateTimeOffset? AcknowledgedAt { get; set; }
}
