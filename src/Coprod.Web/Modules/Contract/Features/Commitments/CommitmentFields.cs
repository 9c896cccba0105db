namespace Coprod.Web.Modules.Contract.Features.Commitments;

/// <summary>The fields of a commitment the coordinator writes, as sent; checked by <see cref="CommitmentRules.CheckAsync"/>.</summary>
public sealed record CommitmentFields(Guid? InstitutionId, string? Text, DateOnly? DueOn, Guid? ContractId, Guid? SheetId, Guid? MilestoneId, Guid? OwnerPersonId);

/// <summary>The checked fields: the due date (the milestone's when none was sent) and the contract (the sheet's when none was sent).</summary>
public sealed record CheckedCommitment(Guid InstitutionId, string Text, DateOnly DueOn, Guid? ContractId, Guid? SheetId, Guid? MilestoneId, Guid? OwnerPersonId);
