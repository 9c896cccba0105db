using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// An amendment as read: what it changes (period, then sheet by sheet, field by field), where each
/// signatory stands, and what the caller may do with it (<see cref="CanEdit"/>, <see cref="CanWithdraw"/>,
/// <see cref="DecidesFor"/>: the signatories the caller approves for and that have not decided yet).
/// </summary>
public sealed record AmendmentDto(
    Guid Id,
    Guid ContractId,
    int Number,
    string Title,
    string Reason,
    AmendmentStatus Status,
    int BaseVersion,
    DateTimeOffset ProposedAt,
    DateTimeOffset? ClosedAt,
    FieldChange? Period,
    IReadOnlyList<SheetDiff> Sheets,
    IReadOnlyList<SignatoryStandDto> Signatories,
    int Approved,
    int Pending,
    bool CanEdit,
    bool CanWithdraw,
    IReadOnlyList<Guid> DecidesFor,
    AmendmentProposal Proposal,
    Guid Version);

/// <summary>A signatory and its decision on the amendment, if any; <see cref="HasApprover"/> false: no member is designated to decide for it.</summary>
public sealed record SignatoryStandDto(Guid SignatoryId, SignatoryRole Role, string Label, bool HasApprover, bool? Approved, string? Comment, DateTimeOffset? At);

/// <summary>A line of the amendments list.</summary>
public sealed record AmendmentSummaryDto(Guid Id, int Number, string Title, AmendmentStatus Status, DateTimeOffset ProposedAt, DateTimeOffset? ClosedAt,
    int SheetsChanged, int Approved, int Signatories, bool AwaitsMe);
