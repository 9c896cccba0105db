using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>
/// The contract a partnership signs (CLS-1): a CLS, or today's STSPD, over a period (usually three
/// years), with its signatories, the diagnostic it rests on, and its priorities by theme. Its action
/// sheets (<see cref="ActionSheet"/>) carry the work. While <see cref="ContractStatus.Draft"/> it is
/// edited freely; once every signatory has signed it is <see cref="ContractStatus.Signed"/>, its text is
/// version 1 (<see cref="ContractVersion"/>), and its adopted sheets change only by amendment (CLS-5).
/// </summary>
public sealed class LocalContract : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public ContractKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateOnly StartsOn { get; set; }

    /// <summary>The last day of the contract (inclusive).</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>The diagnostic it rests on: a title or a link (the diagnostic module links it later).</summary>
    public string? DiagnosticReference { get; set; }

    public ContractStatus Status { get; set; } = ContractStatus.Draft;

    /// <summary>The number of the version in force: 0 while draft, 1 once signed, one more per approved amendment.</summary>
    public int CurrentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public List<ContractSignatory> Signatories { get; set; } = [];
    public List<ContractPriority> Priorities { get; set; } = [];
    public Guid Version { get; set; }

    public bool Covers(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum ContractKind
{
    /// <summary>Contrat local de sécurité (1997 onwards).</summary>
    Cls = 1,

    /// <summary>Stratégie territoriale de sécurité et de prévention de la délinquance.</summary>
    Stspd = 2,
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum ContractStatus
{
    /// <summary>Being written: every field and sheet is edited freely.</summary>
    Draft = 1,

    /// <summary>Signed by every signatory: its adopted sheets change only by amendment.</summary>
    Signed = 2,
}
