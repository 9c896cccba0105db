namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>
/// A priority of the contract, by theme (CLS-1): sheets hang under a priority, so the contract reads
/// by theme and never by institution. <see cref="Tags"/> are codes of the national strategy's
/// taxonomy (configurable, <c>Contract:Taxonomy</c>).
/// </summary>
public sealed class ContractPriority
{
    public Guid Id { get; set; }
    public Guid ContractId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public List<string> Tags { get; set; } = [];
    public int Position { get; set; }
}
