using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>
/// An amendment (« avenant », CLS-5): a proposed new version of a signed contract, made of sheet
/// changes (<see cref="Proposal"/>, JSON of <c>AmendmentProposal</c>) against version
/// <see cref="BaseVersion"/>. Each signatory approves or refuses; when all have approved it is applied
/// and becomes the current version; one refusal closes it. History is never rewritten: versions are
/// kept as snapshots (<see cref="ContractVersion"/>).
/// </summary>
public sealed class Amendment : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid ContractId { get; set; }

    /// <summary>« Avenant n° », in the contract.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";
    public string Reason { get; set; } = "";
    public int BaseVersion { get; set; }
    public string Proposal { get; set; } = "";
    public AmendmentStatus Status { get; set; } = AmendmentStatus.Open;
    public Guid ProposedBy { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<AmendmentApproval> Approvals { get; set; } = [];
    public Guid Version { get; set; }
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum AmendmentStatus
{
    /// <summary>Editable by the coordinator until the first signatory decides; then waiting for the others.</summary>
    Open = 1,

    Approved = 2,
    Refused = 3,
    Withdrawn = 4,
}

/// <summary>A signatory's approval or refusal of an amendment, with who gave it and when.</summary>
public sealed class AmendmentApproval
{
    public Guid Id { get; set; }
    public Guid AmendmentId { get; set; }
    public Guid SignatoryId { get; set; }
    public bool Approved { get; set; }
    public string? Comment { get; set; }
    public Guid ByUserId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A version of a signed contract, kept as it was: the contract and its sheets as JSON (<c>ContractSnapshot</c>).</summary>
public sealed class ContractVersion
{
    public Guid Id { get; set; }
    public Guid ContractId { get; set; }
    public int Number { get; set; }
    public string Snapshot { get; set; } = "";
    public Guid? AmendmentId { get; set; }
    public DateTimeOffset At { get; set; }
}
