namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>Where a partnership stands with one legal obligation.</summary>
public enum ObligationStatus
{
    /// <summary>The obligation applies and is satisfied.</summary>
    Met = 1,

    /// <summary>The obligation applies and is not satisfied: an alert.</summary>
    NotMet = 2,

    /// <summary>The obligation does not apply (below the threshold, or data missing).</summary>
    NotApplicable = 3,

    /// <summary>For information: the body is optional here (e.g. a CLSPD where the EPCI runs a CISPD).</summary>
    Optional = 4,

    /// <summary>The body cannot lawfully operate (CISPD opposed by half of the population).</summary>
    Blocked = 5,
}

/// <summary>Codes of the obligations, stable for clients and tests.</summary>
public static class ObligationCodes
{
    public const string Clspd = "CLSPD";
    public const string Coordinator = "COORDINATEUR";
    public const string Cddf = "CDDF";
    public const string CispdOpposition = "CISPD_OPPOSITION";
    public const string UnknownCommune = "COMMUNE_INCONNUE";
    public const string YearlyPlenary = "PLENIERE_ANNUELLE";
}

/// <summary>
/// One computed obligation: for a commune, or for the partnership as a whole when
/// <see cref="CommuneInsee"/> is null. <see cref="Figures"/> holds the numbers the rule used.
/// </summary>
public sealed record Obligation(
    string Code,
    ObligationStatus Status,
    string? CommuneInsee,
    string? CommuneName,
    string Explanation,
    string? LegalBasis,
    IReadOnlyDictionary<string, decimal> Figures);
