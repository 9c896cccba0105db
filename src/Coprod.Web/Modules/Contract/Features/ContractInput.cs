using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// A contract as written by the coordinator (CLS-1): the body of the create and update requests.
/// Signatories and priorities keep their <c>id</c> when they already exist. <see cref="Version"/> is the
/// token read with the contract, required on update.
/// </summary>
public sealed record ContractInput(
    ContractKind? Kind,
    string? Title,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? DiagnosticReference,
    IReadOnlyList<SignatoryInput>? Signatories,
    IReadOnlyList<PriorityInput>? Priorities,
    Guid? Version = null);

/// <summary>A signatory: role, label as written on the contract, its institution and the member approving for it (both optional), signature date.</summary>
public sealed record SignatoryInput(Guid? Id, SignatoryRole? Role, string? Label, Guid? InstitutionId, Guid? MembershipId, DateOnly? SignedOn);

/// <summary>A priority by theme, tagged with the strategy's taxonomy.</summary>
public sealed record PriorityInput(Guid? Id, string? Title, string? Description, IReadOnlyList<string>? Tags);
