using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// Writes a proposal as a sheet would store it (texts trimmed, blanks as null, lists without duplicates,
/// the pilot not among its co-partners, defaults filled), so that its diff shows only real changes.
/// </summary>
public static class ProposalNormalizer
{
    public static AmendmentProposal Normalize(AmendmentInput r, DateOnly currentEnd) => new(
        r.EndsOn is { } end && end != currentEnd ? end : null,
        (r.Changes ?? []).Select(c => c.Abandon ? new SheetChangeInput(c.SheetId, null, true) : new SheetChangeInput(c.SheetId, Normalize(c.Content!))).ToList());

    public static SheetInput Normalize(SheetInput s) => new(
        s.PriorityId, s.Title?.Trim(), s.Objective?.Trim() ?? "", Clean(s.TargetPublic), [.. (s.Communes ?? []).Distinct()], [.. (s.AreaIds ?? []).Distinct()],
        s.PilotInstitutionId, [.. (s.CoPartnerIds ?? []).Where(i => i != s.PilotInstitutionId).Distinct()], Clean(s.Content), s.Cost,
        (s.Milestones ?? []).Select(m => m with { Label = m.Label?.Trim() }).ToList(),
        (s.Funding ?? []).Select(f => f with { Funder = f.Funder?.Trim() ?? "" }).ToList(),
        (s.Indicators ?? []).Select(i =>
        {
            var computation = i.Computation ?? IndicatorComputation.Entered;
            return i with
            {
                Name = i.Name?.Trim(),
                Unit = i.Unit?.Trim(),
                Source = i.Source?.Trim() ?? "",
                Frequency = i.Frequency ?? IndicatorFrequency.Quarterly,
                Computation = computation,
                EventCategoryCode = computation == IndicatorComputation.EventCount ? Clean(i.EventCategoryCode) : null,
            };
        }).ToList(),
        [.. (s.Tags ?? []).Distinct()]);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
