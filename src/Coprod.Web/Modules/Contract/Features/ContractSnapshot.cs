using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// A signed contract as it stood at one version (CLS-5): its header, priorities and adopted sheets'
/// contractual content. Kept as JSON in <see cref="ContractVersion.Snapshot"/>, never rewritten; the
/// amendments' diff compares the current snapshot with the proposal.
/// </summary>
public sealed record ContractSnapshot(
    int Number,
    ContractKind Kind,
    string Title,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string? DiagnosticReference,
    IReadOnlyList<PrioritySnapshot> Priorities,
    IReadOnlyList<SheetSnapshot> Sheets)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The contract and the given sheets (only those not in draft count: a draft sheet binds nobody).</summary>
    public static ContractSnapshot Take(int number, LocalContract contract, IEnumerable<ActionSheet> sheets) => new(
        number, contract.Kind, contract.Title, contract.StartsOn, contract.EndsOn, contract.DiagnosticReference,
        contract.Priorities.OrderBy(p => p.Position).Select(p => new PrioritySnapshot(p.Id, p.Title, p.Description, [.. p.Tags])).ToList(),
        sheets.Where(s => s.Status != SheetStatus.Draft).OrderBy(s => s.Number)
            .Select(s => new SheetSnapshot(s.Id, s.Number, s.Status, SheetInput.Of(s))).ToList());

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static ContractSnapshot Deserialize(string json) => JsonSerializer.Deserialize<ContractSnapshot>(json, Json)!;

    /// <summary>The version record of this snapshot.</summary>
    public ContractVersion ToVersion(Guid contractId, Guid? amendmentId, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), ContractId = contractId, Number = Number, Snapshot = Serialize(), AmendmentId = amendmentId, At = at };
}

/// <summary>A priority as it stood.</summary>
public sealed record PrioritySnapshot(Guid Id, string Title, string? Description, IReadOnlyList<string> Tags);

/// <summary>A sheet as it stood: its number, status and contractual content.</summary>
public sealed record SheetSnapshot(Guid Id, int Number, SheetStatus Status, SheetInput Content);
