namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>
/// DIR-5: an entry of a service's on-call rota ("cadre d'astreinte") on a territory, from
/// <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive). <see cref="Phone"/> is the
/// service's on-call number, never a private person's.
/// </summary>
public sealed class OnCallShift
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid ServiceId { get; set; }
    public string Label { get; set; } = "";
    public string Phone { get; set; } = "";
    public DateTimeOffset From { get; set; }
    public DateTimeOffset To { get; set; }
    public string? CommuneInsee { get; set; }
    public Guid? AreaId { get; set; }
}
