namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>An area without its outline; <see cref="Version"/> is the concurrency token to send back when retiring it.</summary>
public record AreaSummary(
    Guid Id,
    string Name,
    AreaKind Kind,
    string CommuneInsee,
    string? Code,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    Guid Version)
{
    public static AreaSummary From(Area a) => new(a.Id, a.Name, a.Kind, a.CommuneInsee, a.Code, a.ValidFrom, a.ValidUntil, a.Version);

    public bool IsValidOn(DateOnly day) => Area.IsValidOn(ValidFrom, ValidUntil, day);
}
