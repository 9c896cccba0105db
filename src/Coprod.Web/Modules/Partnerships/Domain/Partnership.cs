using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Partnerships.Domain;

/// <summary>A tenant: a CLSPD, CISPD or CDPD and the communes it covers (TER-1).</summary>
public sealed class Partnership : IVersioned
{
    public Guid Id { get; set; }
    public PartnershipKind Kind { get; set; }
    public string Name { get; set; } = "";
    public PartnershipStatus Status { get; set; } = PartnershipStatus.Active;
    public DateOnly CreatedOn { get; set; }

    /// <summary>For a CISPD: the SIREN of the EPCI that runs it.</summary>
    public string? EpciSiren { get; set; }

    /// <summary>For a CDPD: the département code.</summary>
    public string? DepartementCode { get; set; }

    /// <summary>Whether a CDDF (conseil pour les droits et devoirs des familles) has been created.</summary>
    public bool HasCddf { get; set; }

    public List<PartnershipCommune> Communes { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>A commune covered by a partnership, by INSEE code.</summary>
public sealed class PartnershipCommune
{
    public Guid PartnershipId { get; set; }
    public string InseeCode { get; set; } = "";

    /// <summary>For a CISPD: the commune's council voted against the intercommunal council.</summary>
    public bool OpposesCispd { get; set; }
}

public enum PartnershipKind
{
    Clspd = 1,
    Cispd = 2,
    Cdpd = 3,
}

public enum PartnershipStatus
{
    Active = 1,
    Dormant = 2,
    Closed = 3,
}
