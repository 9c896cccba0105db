namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// Writes a proposal as the sheets would store it (<see cref="SheetWriter.Normalize"/>), the end of the
/// period only when it moves, so that its diff shows only real changes.
/// </summary>
public static class ProposalNormalizer
{
    public static AmendmentProposal Normalize(AmendmentInput r, DateOnly currentEnd) => new(
        r.EndsOn is { } end && end != currentEnd ? end : null,
        (r.Changes ?? []).Select(c => c.Abandon
            ? new SheetChangeInput(c.SheetId, null, true)
            : new SheetChangeInput(c.SheetId, SheetWriter.Normalize(c.Content!) with { Version = null })).ToList());
}
