using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>
/// A partner's obligation with a deadline (CLS-4, the « cahier des charges »): from a sheet's
/// milestone or standalone. Before the deadline a reminder is sent; once overdue a formal reminder,
/// then the commitment is put on the next plenary's agenda; the partner answers in writing
/// (« rendu compte », <see cref="CommitmentAnswer"/>), and every answer is kept.
/// </summary>
public sealed class Commitment : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid? ContractId { get; set; }
    public Guid? SheetId { get; set; }
    public Guid? MilestoneId { get; set; }

    /// <summary>The partner institution that owes it.</summary>
    public Guid InstitutionId { get; set; }

    /// <summary>The directory person who carries it, handed to their successor when they leave.</summary>
    public Guid? OwnerPersonId { get; set; }

    /// <summary>What is owed (anonymous text, PRIV-1).</summary>
    public string Text { get; set; } = "";

    public DateOnly DueOn { get; set; }
    public CommitmentStatus Status { get; set; } = CommitmentStatus.Open;
    public DateOnly? DoneOn { get; set; }

    /// <summary>When the reminder before the deadline was sent.</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>When the formal reminder after the deadline was sent.</summary>
    public DateTimeOffset? FormalReminderSentAt { get; set; }

    /// <summary>The plenary meeting whose agenda lists it, once escalated.</summary>
    public Guid? PlenaryMeetingId { get; set; }

    public DateTimeOffset? PlenaryListedAt { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<CommitmentAnswer> Answers { get; set; } = [];
    public Guid Version { get; set; }

    public bool IsOpen => Status == CommitmentStatus.Open;

    /// <summary>Days past the due date on <paramref name="today"/> while open; 0 otherwise.</summary>
    public int DaysLate(DateOnly today) => IsOpen && DueOn < today ? today.DayNumber - DueOn.DayNumber : 0;

    /// <summary>Kept on time: done on or before its due date.</summary>
    public bool KeptOnTime => Status == CommitmentStatus.Done && DoneOn <= DueOn;
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum CommitmentStatus
{
    Open = 1,
    Done = 2,
    Abandoned = 3,
}

/// <summary>A partner's written account (« rendu compte ») on a commitment: kept, never edited.</summary>
public sealed class CommitmentAnswer
{
    public Guid Id { get; set; }
    public Guid CommitmentId { get; set; }
    public string Text { get; set; } = "";
    public Guid AuthorId { get; set; }
    public Guid? InstitutionId { get; set; }
    public DateTimeOffset At { get; set; }
}
