using Coprod.Web.Modules.Partnerships.Domain;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>What the obligation rules need to know about a partnership, gathered from the database and the geography.</summary>
public sealed record ComplianceFacts(
    PartnershipKind Kind,
    bool HasCoordinator,
    bool HasCddf,
    int CogYear,
    IReadOnlyList<CommuneFacts> Communes,
    PlenaryFacts? Plenary = null);

/// <summary>When the plenary last met (null: never), as of <see cref="On"/>; from the Governance module.</summary>
public sealed record PlenaryFacts(DateOnly On, DateOnly? LastHeld);

/// <summary>
/// One commune of the partnership. <see cref="Commune"/> is null when the code is not in the
/// geography; <see cref="Clspds"/> and <see cref="Cispds"/> name the active partnerships of each
/// kind that cover it (this one included).
/// </summary>
public sealed record CommuneFacts(
    string Insee,
    Commune? Commune,
    int QpvCount,
    IReadOnlyList<string> Clspds,
    IReadOnlyList<string> Cispds,
    bool OpposesCispd);
