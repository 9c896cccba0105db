using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Modules.Contract.Features.Amendments;

namespace Coprod.Web.Modules.Contract.Pages.Amendments;

/// <summary>The amendment form's editable state, read from an amendment and turned into an <see cref="AmendmentInput"/>.</summary>
public sealed class AmendmentFormModel
{
    public string? Title { get; set; }
    public string? Reason { get; set; }

    /// <summary>The new last day of the contract; empty keeps the current one.</summary>
    public DateTime? EndsOn { get; set; }

    public List<ChangeRow> Changes { get; set; } = [];
    public Guid? Version { get; set; }

    /// <summary>The form of an open amendment, as proposed.</summary>
    public static AmendmentFormModel From(AmendmentDto a) => new()
    {
        Title = a.Title,
        Reason = a.Reason,
        EndsOn = ContractUrl.Day(a.Proposal.EndsOn),
        Changes = a.Proposal.Changes.Select(c => new ChangeRow
        {
            Kind = c.Abandon ? ChangeKind.Abandon : c.SheetId is null ? ChangeKind.Add : ChangeKind.Change,
            SheetId = c.SheetId,
            Form = c.Content is { } content ? SheetFormModel.From(content) : null,
        }).ToList(),
        Version = a.Version,
    };

    public AmendmentInput ToInput() => new(Title, Reason, ContractUrl.Day(EndsOn), Changes.Select(c => c.ToInput()).ToList(), Version);
}

/// <summary>What a change does to the contract's sheets.</summary>
public enum ChangeKind
{
    /// <summary>New content for an adopted sheet.</summary>
    Change,

    /// <summary>An adopted sheet abandoned.</summary>
    Abandon,

    /// <summary>A new sheet.</summary>
    Add,
}

/// <summary>One change of the form: its kind, the sheet it changes, and the sheet's new content.</summary>
public sealed class ChangeRow
{
    public ChangeKind Kind { get; set; }
    public Guid? SheetId { get; set; }
    public SheetFormModel? Form { get; set; }

    public SheetChangeInput ToInput() => Kind switch
    {
        ChangeKind.Abandon => new SheetChangeInput(SheetId, null, true),
        ChangeKind.Add => new SheetChangeInput(null, Content()),
        _ => new SheetChangeInput(SheetId, Content()),
    };

    private SheetInput? Content() => Form is null ? null : Form.ToInput() with { Version = null };
}
