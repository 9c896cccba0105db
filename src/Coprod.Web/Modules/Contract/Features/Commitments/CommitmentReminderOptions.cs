namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>
/// <c>Contract:Reminders</c>: the commitments' reminders run every <see cref="Interval"/> (default one hour); a reminder
/// goes <see cref="DaysBefore"/> days before the deadline (default 14), and a commitment still open
/// <see cref="PlenaryAfterDays"/> days after its formal reminder (default 14) is put on the next plenary's agenda.
/// </summary>
public sealed class CommitmentReminderOptions
{
    public const string Section = "Contract:Reminders";

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public int DaysBefore { get; set; } = 14;

    public int PlenaryAfterDays { get; set; } = 14;
}
