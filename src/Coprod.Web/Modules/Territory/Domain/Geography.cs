namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>A commune of the official geography (COG), by INSEE code.</summary>
public sealed record Commune(
    string Insee,
    string Name,
    string DepartementCode,
    string RegionCode,
    int Population,
    IReadOnlyList<string> PostalCodes,
    string? EpciSiren);

/// <summary>An EPCI (intercommunality) and its member communes.</summary>
public sealed record Epci(string Siren, string Name, string Nature, IReadOnlyList<string> Members);

public sealed record Departement(string Code, string Name, string RegionCode);

public sealed record Region(string Code, string Name);

/// <summary>Where the geography comes from: the npm package, its version and the COG year it carries.</summary>
public sealed record GeographySource(string Package, string Version, int CogYear, DateOnly ExtractedOn);

/// <summary>
/// The official geography of one COG year, read-only and shared by every request. Loaded from
/// the compact copy shipped in the repository, so a fresh clone needs no network.
/// </summary>
public interface IGeography
{
    /// <summary>The COG year of the data (e.g. 2025).</summary>
    int CogYear { get; }

    /// <summary>The package, version and extraction date of the data (see <c>Data/Geography/README.md</c>).</summary>
    GeographySource Source { get; }

    /// <summary>Every commune of the year, in no particular order.</summary>
    IReadOnlyCollection<Commune> Communes { get; }

    Commune? FindCommune(string insee);

    Epci? FindEpci(string siren);

    Departement? FindDepartement(string code);

    Region? FindRegion(string code);

    /// <summary>Communes whose name or INSEE code or postal code matches <paramref name="query"/>, accents and case ignored, best first.</summary>
    IReadOnlyList<Commune> SearchCommunes(string query, int limit);
}
