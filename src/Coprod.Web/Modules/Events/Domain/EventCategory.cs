using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// One kind of event in a partnership's taxonomy (EVT-1). Each partnership starts from the French
/// default (<see cref="DefaultCategories"/>) and edits it: renames, adds, retires. A retired
/// category keeps its past events but takes no new ones; codes never change, so routing rules,
/// alert rules and partners' systems keep working across renames.
/// </summary>
public sealed class EventCategory : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }

    /// <summary>Stable code used by the API and CSV import (lower-case letters, digits and dashes).</summary>
    public string Code { get; set; } = "";

    /// <summary>The label shown to users, in French.</summary>
    public string Label { get; set; } = "";

    /// <summary>Display order.</summary>
    public int Rank { get; set; }

    /// <summary>False once retired: no new event may use it.</summary>
    public bool IsActive { get; set; } = true;

    public Guid Version { get; set; }
}
