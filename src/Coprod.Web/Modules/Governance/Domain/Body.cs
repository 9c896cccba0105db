using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>
/// A governance body of the partnership (GOV-1): the plenary, its restricted formation, a working
/// group, a GLTD… For a GLTD, <see cref="Scope"/> (territory and purpose) and the duration
/// (<see cref="StartsOn"/>–<see cref="EndsOn"/>) are set by the prosecutor.
/// </summary>
public sealed class Body : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public BodyKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? Purpose { get; set; }

    /// <summary>The territory and purpose a GLTD covers (free text, anonymous).</summary>
    public string? Scope { get; set; }

    public DateOnly StartsOn { get; set; }

    /// <summary>The last day of a body created for a time (a GLTD); null when open-ended.</summary>
    public DateOnly? EndsOn { get; set; }

    public BodyStatus Status { get; set; } = BodyStatus.Active;
    public Guid CreatedBy { get; set; }
    public List<BodyMember> Members { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>
/// A member of a body: an institution, or a named member of the partnership (a membership),
/// by right or optional, on a legal basis in force from a date.
/// </summary>
public sealed class BodyMember
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public Guid? InstitutionId { get; set; }
    public Guid? MembershipId { get; set; }
    public bool ByRight { get; set; }

    /// <summary>E.g. "Code de la sécurité intérieure, art. D132-8".</summary>
    public string? LegalBasis { get; set; }

    public DateOnly InForceFrom { get; set; }
}

/// <summary>Kinds of bodies (GOV-1). Numbers are stored: never renumber.</summary>
public enum BodyKind
{
    Plenary = 1,
    RestrictedFormation = 2,
    ThematicGroup = 3,
    TerritorialGroup = 4,
    CelluleDeVeille = 5,
    Gltd = 6,
    InfraMunicipalCell = 7,
    Cddf = 8,
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum BodyStatus
{
    Active = 1,
    Dormant = 2,
    Closed = 3,
}
