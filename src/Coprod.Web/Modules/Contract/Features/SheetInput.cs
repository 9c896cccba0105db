using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// The content of an action sheet as written by the coordinator (CLS-2): the body of the create and
/// update requests, the sheet's part of a contract version's snapshot and of an amendment's proposal.
/// Missing fields are null so that the checks can say which. <see cref="Version"/> is the token read
/// with the sheet, required on update.
/// </summary>
public sealed record SheetInput(
    Guid? PriorityId,
    string? Title,
    string? Objective,
    string? TargetPublic,
    IReadOnlyList<string>? Communes,
    IReadOnlyList<Guid>? AreaIds,
    Guid? PilotInstitutionId,
    IReadOnlyList<Guid>? CoPartnerIds,
    string? Content,
    decimal? Cost,
    IReadOnlyList<MilestoneInput>? Milestones,
    IReadOnlyList<FundingInput>? Funding,
    IReadOnlyList<IndicatorInput>? Indicators,
    IReadOnlyList<string>? Tags,
    Guid? Version = null)
{
    /// <summary>The content of <paramref name="sheet"/> (children in position order), without version.</summary>
    public static SheetInput Of(ActionSheet sheet) => new(
        sheet.PriorityId, sheet.Title, sheet.Objective, sheet.TargetPublic, [.. sheet.Communes], [.. sheet.AreaIds], sheet.PilotInstitutionId,
        [.. sheet.CoPartnerIds], sheet.Content, sheet.Cost,
        sheet.Milestones.OrderBy(m => m.Position).Select(m => new MilestoneInput(m.Id, m.Label, m.DueOn)).ToList(),
        sheet.Funding.OrderBy(f => f.Position).Select(f => new FundingInput(f.Funder, f.FunderInstitutionId, f.Amount)).ToList(),
        sheet.Indicators.OrderBy(i => i.Position).Select(i => new IndicatorInput(i.Id, i.Kind, i.Name, i.Unit, i.Source, i.Baseline, i.Target, i.Frequency,
            i.Computation, i.EventCategoryCode, i.ResponsibleInstitutionId)).ToList(),
        [.. sheet.Tags]);
}

/// <summary>A milestone of the calendar; <see cref="Id"/> keeps an existing one (and its date reached).</summary>
public sealed record MilestoneInput(Guid? Id, string? Label, DateOnly? DueOn);

/// <summary>A line of the funding plan: a funder named, or a partner institution, and an amount in euros.</summary>
public sealed record FundingInput(string? Funder, Guid? FunderInstitutionId, decimal? Amount);

/// <summary>An indicator; <see cref="Id"/> keeps an existing one, and so its values.</summary>
public sealed record IndicatorInput(
    Guid? Id,
    IndicatorKind? Kind,
    string? Name,
    string? Unit,
    string? Source,
    decimal? Baseline,
    decimal? Target,
    IndicatorFrequency? Frequency,
    IndicatorComputation? Computation = IndicatorComputation.Entered,
    string? EventCategoryCode = null,
    Guid? ResponsibleInstitutionId = null);
