namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>
/// DIR-3: a service handles a kind of problem (<see cref="ProblemCatalogue"/> code) on a territory,
/// or on all of its territories when neither <see cref="CommuneInsee"/> nor <see cref="AreaId"/> is set.
/// </summary>
public sealed class Competence
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid ServiceId { get; set; }
    public string ProblemCode { get; set; } = "";
    public string? CommuneInsee { get; set; }
    public Guid? AreaId { get; set; }
}
