using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>A commune as the API shows it: the COG data with the names of its département and EPCI.</summary>
public sealed record CommuneDto(
    string Insee,
    string Name,
    string DepartementCode,
    string? DepartementName,
    int Population,
    IReadOnlyList<string> PostalCodes,
    string? EpciSiren,
    string? EpciName)
{
    public static CommuneDto From(Commune commune, IGeography geography) => new(
        commune.Insee,
        commune.Name,
        commune.DepartementCode,
        geography.FindDepartement(commune.DepartementCode)?.Name,
        commune.Population,
        commune.PostalCodes,
        commune.EpciSiren,
        commune.EpciSiren is null ? null : geography.FindEpci(commune.EpciSiren)?.Name);
}
