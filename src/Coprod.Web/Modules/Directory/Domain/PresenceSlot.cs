namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>
/// DIR-4: a weekly slot when a service is present on a territory (all of its territories when
/// neither is set), in Europe/Paris wall-clock time. An end before the start crosses midnight
/// (Friday 21:00 → 02:00 ends on Saturday).
/// </summary>
public sealed class PresenceSlot
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid ServiceId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public string? CommuneInsee { get; set; }
    public Guid? AreaId { get; set; }

    public WeekInterval Interval => WeekInterval.Of(Day, Start, End);
}
