using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// A sub-municipal area of a partnership (TER-3): a quartier, a QPV, an IRIS or a secteur, with
/// the period it is valid for. A new import of the same kind, name and commune closes the current
/// version instead of replacing it, so a record keeps the zoning it was decided on.
/// </summary>
public sealed class Area : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string Name { get; set; } = "";
    public AreaKind Kind { get; set; }

    /// <summary>The commune the area lies in, by INSEE code; one of the partnership's communes.</summary>
    public string CommuneInsee { get; set; } = "";

    /// <summary>The official code when there is one (QPV code such as <c>QN03812M</c>, IRIS code).</summary>
    public string? Code { get; set; }

    /// <summary>First day of validity.</summary>
    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day of validity (inclusive); null while the area is current.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>The outline (Polygon or MultiPolygon, WGS84) as WKB, identical on SQLite and PostgreSQL.</summary>
    public byte[] Geometry { get; set; } = [];

    public Guid Version { get; set; }

    public bool IsValidOn(DateOnly day) => IsValidOn(ValidFrom, ValidUntil, day);

    public static bool IsValidOn(DateOnly from, DateOnly? until, DateOnly day) => from <= day && (until is null || until >= day);
}

/// <summary>The kinds of sub-municipal areas (PRODUCT.md TER-3).</summary>
public enum AreaKind
{
    /// <summary>A neighbourhood as the commune names it.</summary>
    Quartier = 1,

    /// <summary>Quartier prioritaire de la politique de la ville; makes a CLSPD mandatory (CSI L132-4).</summary>
    Qpv = 2,

    /// <summary>An INSEE statistical unit (îlots regroupés pour l'information statistique).</summary>
    Iris = 3,

    /// <summary>A patrol or intervention sector (police, mediators).</summary>
    Secteur = 4,

    /// <summary>
    /// The commune's own outline. The official geography has no outlines, so the coordinator imports
    /// them like any area; where they exist, a located record must fall inside one (the partnership's territory).
    /// </summary>
    Commune = 5,
}
