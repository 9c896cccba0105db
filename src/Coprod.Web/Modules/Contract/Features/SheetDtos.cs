using Coprod.Web.Modules.Contract.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// A sheet as read: its content with the names of what it points to, its precision check, and whether
/// the caller may edit it (<see cref="Locked"/>: adopted in a signed contract, so changed by amendment only).
/// </summary>
public sealed record SheetDto(Guid Id, Guid ContractId, int Number, SheetStatus Status, Guid PriorityId, string PriorityTitle, string Title, string Objective,
    string? TargetPublic, IReadOnlyList<string> Communes, IReadOnlyList<Guid> AreaIds, IReadOnlyList<string> AreaNames, Guid? PilotInstitutionId,
    string? PilotName, IReadOnlyList<Guid> CoPartnerIds, IReadOnlyList<string> CoPartnerNames, string? Content, decimal? Cost,
    IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<FundingDto> Funding, IReadOnlyList<IndicatorDto> Indicators, IReadOnlyList<string> Tags,
    QualityReport Quality, bool CanManage, bool Locked, Guid Version)
{
    /// <summary>The content as an edit request, with the version read.</summary>
    public SheetInput ToInput() => new(PriorityId, Title, Objective, TargetPublic, [.. Communes], [.. AreaIds], PilotInstitutionId, [.. CoPartnerIds], Content, Cost,
        Milestones.Select(m => new MilestoneInput(m.Id, m.Label, m.DueOn)).ToList(),
        Funding.Select(f => new FundingInput(f.Funder, f.FunderInstitutionId, f.Amount)).ToList(),
        Indicators.Select(i => new IndicatorInput(i.Id, i.Kind, i.Name, i.Unit, i.Source, i.Baseline, i.Target, i.Frequency, i.Computation, i.EventCategoryCode,
            i.ResponsibleInstitutionId)).ToList(),
        [.. Tags], Version);

    /// <summary>The sheet as <paramref name="seat"/> reads it.</summary>
    public static SheetDto Of(ActionSheet s, LocalContract contract, ContractReferences refs, ContractAccess.Seat seat, IStringLocalizer<ContractText> t) => new(
        s.Id, s.ContractId, s.Number, s.Status, s.PriorityId, contract.Priorities.FirstOrDefault(p => p.Id == s.PriorityId)?.Title ?? "", s.Title, s.Objective,
        s.TargetPublic, [.. s.Communes], [.. s.AreaIds], s.AreaIds.Select(a => refs.Areas.TryGetValue(a, out var n) ? n : "").ToList(), s.PilotInstitutionId,
        refs.Institution(s.PilotInstitutionId), [.. s.CoPartnerIds], s.CoPartnerIds.Select(i => refs.Institution(i) ?? "").ToList(), s.Content, s.Cost,
        s.Milestones.OrderBy(m => m.Position).Select(m => new MilestoneDto(m.Id, m.Label, m.DueOn, m.DoneOn)).ToList(),
        s.Funding.OrderBy(f => f.Position).Select(f => new FundingDto(f.Funder, f.FunderInstitutionId, refs.Institution(f.FunderInstitutionId), f.Amount)).ToList(),
        s.Indicators.OrderBy(i => i.Position).Select(i => new IndicatorDto(i.Id, i.Kind, i.Name, i.Unit, i.Source, i.Baseline, i.Target, i.Frequency, i.Computation,
            i.EventCategoryCode, i.ResponsibleInstitutionId, refs.Institution(i.ResponsibleInstitutionId))).ToList(),
        [.. s.Tags], SheetQuality.Report(SheetInput.Of(s), t), seat.IsCoordinator, IsLocked(s, contract), s.Version);

    /// <summary>Whether the sheet's content changes by amendment only: it binds the signatories of a signed contract.</summary>
    public static bool IsLocked(ActionSheet s, LocalContract contract) => contract.Status == ContractStatus.Signed && s.Status != SheetStatus.Draft;
}

/// <summary>A milestone: label, due date, date reached.</summary>
public sealed record MilestoneDto(Guid Id, string Label, DateOnly DueOn, DateOnly? DoneOn);

/// <summary>A line of the funding plan, with the funder institution's name.</summary>
public sealed record FundingDto(string Funder, Guid? FunderInstitutionId, string? FunderInstitutionName, decimal Amount);

/// <summary>An indicator's definition, with the responsible institution's name.</summary>
public sealed record IndicatorDto(Guid Id, IndicatorKind Kind, string Name, string Unit, string Source, decimal? Baseline, decimal? Target,
    IndicatorFrequency Frequency, IndicatorComputation Computation, string? EventCategoryCode, Guid? ResponsibleInstitutionId, string? ResponsibleName);

/// <summary>A sheet in a theme's list: number, title, status, pilot and its precision check in short.</summary>
public sealed record SheetSummary(Guid Id, int Number, string Title, SheetStatus Status, string? PilotName, int CoPartners, bool Complete, int MissingCount,
    bool SingleInstitution);

/// <summary>A theme (priority) of the contract with its sheets by number, how many are complete and how many are carried by one institution.</summary>
public sealed record SheetTheme(Guid PriorityId, string Title, IReadOnlyList<SheetSummary> Sheets, int CompleteSheets, int SingleInstitutionSheets);
