using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>
/// An action sheet (« fiche-action », CLS-2) under one priority of a contract: what is to be done,
/// for whom, where, by which pilot and co-partners, when (milestones), at what cost and with which
/// funding, and how it is measured (execution and result indicators). It stays
/// <see cref="SheetStatus.Draft"/> until the precision check passes (CLS-3).
/// </summary>
public sealed class ActionSheet : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid ContractId { get; set; }
    public Guid PriorityId { get; set; }

    /// <summary>« Fiche n° », unique in the contract, never reused.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";
    public string Objective { get; set; } = "";
    public string? TargetPublic { get; set; }

    /// <summary>INSEE codes of the partnership's communes concerned; empty means the whole territory.</summary>
    public List<string> Communes { get; set; } = [];

    /// <summary>Areas (quartiers) of the territory module.</summary>
    public List<Guid> AreaIds { get; set; } = [];

    public Guid? PilotInstitutionId { get; set; }
    public List<Guid> CoPartnerIds { get; set; } = [];
    public string? Content { get; set; }

    /// <summary>Total cost in euros over the contract.</summary>
    public decimal? Cost { get; set; }

    public List<string> Tags { get; set; } = [];
    public SheetStatus Status { get; set; } = SheetStatus.Draft;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<SheetMilestone> Milestones { get; set; } = [];
    public List<SheetFunding> Funding { get; set; } = [];
    public List<SheetIndicator> Indicators { get; set; } = [];
    public Guid Version { get; set; }

    /// <summary>Whether the sheet is carried by a single institution (the « catalogue » symptom).</summary>
    public bool IsSingleInstitution => CoPartnerIds.Count == 0;
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum SheetStatus
{
    /// <summary>Not yet a commitment: edited freely; adopted once the precision check passes.</summary>
    Draft = 1,

    /// <summary>Part of the contract: its content changes by amendment once the contract is signed.</summary>
    Adopted = 2,

    Completed = 3,
    Abandoned = 4,
}

/// <summary>A dated step of the sheet's calendar; <see cref="DoneOn"/> is filled as it happens.</summary>
public sealed class SheetMilestone
{
    public Guid Id { get; set; }
    public Guid SheetId { get; set; }
    public string Label { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public int Position { get; set; }
}

/// <summary>One line of the funding plan: a funder (a partner institution, or named, e.g. « FIPD ») and an amount in euros.</summary>
public sealed class SheetFunding
{
    public Guid Id { get; set; }
    public Guid SheetId { get; set; }
    public string Funder { get; set; } = "";
    public Guid? FunderInstitutionId { get; set; }
    public decimal Amount { get; set; }
    public int Position { get; set; }
}
