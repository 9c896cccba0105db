using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>A contract in the partnership's list.</summary>
public sealed record ContractSummary(Guid Id, ContractKind Kind, string Title, DateOnly StartsOn, DateOnly EndsOn, ContractStatus Status, int CurrentVersion,
    int Sheets, int CompleteSheets);

/// <summary>A contract as read, with its signatories, priorities (each with its sheets' counts) and what the caller may do.</summary>
public sealed record ContractDto(Guid Id, ContractKind Kind, string Title, DateOnly StartsOn, DateOnly EndsOn, string? DiagnosticReference, ContractStatus Status,
    int CurrentVersion, IReadOnlyList<SignatoryDto> Signatories, IReadOnlyList<PriorityDto> Priorities, int Sheets, int CompleteSheets, int SingleInstitutionSheets,
    bool CanManage, bool CanSign, Guid Version);

/// <summary>A signatory, with the names of its institution and of the member approving for it.</summary>
public sealed record SignatoryDto(Guid Id, SignatoryRole Role, string Label, Guid? InstitutionId, string? InstitutionName, Guid? MembershipId, string? MemberName,
    DateOnly? SignedOn);

/// <summary>A priority (theme) with its tags' labels and the counts of its sheets: all, complete, carried by a single institution.</summary>
public sealed record PriorityDto(Guid Id, string Title, string? Description, IReadOnlyList<string> Tags, IReadOnlyList<string> TagLabels, int Sheets,
    int CompleteSheets, int SingleInstitutionSheets);
