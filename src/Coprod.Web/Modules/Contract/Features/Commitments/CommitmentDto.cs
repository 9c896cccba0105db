using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// A commitment as the caller reads it: who owes it (institution, person), its links to the contract, its
/// deadline and lateness (Europe/Paris), the reminders and the plenary listing, the written accounts, and
/// what the caller may do: <see cref="CanAct"/> (mark it done), <see cref="CanAnswer"/> (write an account),
/// <see cref="CanManage"/> (change every field).
/// </summary>
public sealed record CommitmentDto(Guid Id, Guid? ContractId, Guid? SheetId, int? SheetNumber, string? SheetTitle, Guid? MilestoneId, string? MilestoneLabel,
    Guid InstitutionId, string InstitutionName, Guid? OwnerPersonId, string? OwnerPersonName, string Text, DateOnly DueOn, CommitmentStatus Status,
    DateOnly? DoneOn, int DaysLate, int? DueInDays, DateTimeOffset? ReminderSentAt, DateTimeOffset? FormalReminderSentAt, Guid? PlenaryMeetingId,
    DateTimeOffset? PlenaryStartsAt, DateTimeOffset? PlenaryListedAt, bool AwaitingPlenary, IReadOnlyList<CommitmentAnswerDto> Answers, bool CanAct,
    bool CanAnswer, bool CanManage, Guid Version)
{
    public bool Late => DaysLate > 0;
}

/// <summary>A written account (« rendu compte »), kept as written.</summary>
public sealed record CommitmentAnswerDto(Guid Id, string Text, string AuthorName, string? InstitutionName, DateTimeOffset At);
