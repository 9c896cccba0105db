using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;

namespace Coprod.Web.Modules.Contract.Pages;

/// <summary>The sheet form's editable state, read from a sheet and turned into a <see cref="SheetInput"/>.</summary>
public sealed class SheetFormModel
{
    public Guid? PriorityId { get; set; }
    public string? Title { get; set; }
    public string? Objective { get; set; }
    public string? TargetPublic { get; set; }
    public IReadOnlyCollection<string> Communes { get; set; } = [];
    public IReadOnlyCollection<Guid> AreaIds { get; set; } = [];
    public Guid? PilotInstitutionId { get; set; }
    public IReadOnlyCollection<Guid> CoPartnerIds { get; set; } = [];
    public string? Content { get; set; }
    public decimal? Cost { get; set; }
    public List<MilestoneRow> Milestones { get; set; } = [];
    public List<FundingRow> Funding { get; set; } = [];
    public List<IndicatorRow> Indicators { get; set; } = [];
    public IReadOnlyCollection<string> Tags { get; set; } = [];
    public Guid? Version { get; set; }

    /// <summary>The form of a sheet as read, with its version.</summary>
    public static SheetFormModel From(SheetDto s)
    {
        var form = From(s.ToInput());
        form.Version = s.Version;
        return form;
    }

    /// <summary>The form of a sheet's content as an amendment proposes it.</summary>
    public static SheetFormModel From(SheetInput s) => new()
    {
        PriorityId = s.PriorityId,
        Title = s.Title,
        Objective = s.Objective,
        TargetPublic = s.TargetPublic,
        Communes = [.. s.Communes ?? []],
        AreaIds = [.. s.AreaIds ?? []],
        PilotInstitutionId = s.PilotInstitutionId,
        CoPartnerIds = [.. s.CoPartnerIds ?? []],
        Content = s.Content,
        Cost = s.Cost,
        Milestones = (s.Milestones ?? []).Select(m => new MilestoneRow { Id = m.Id, Label = m.Label, DueOn = ContractUrl.Day(m.DueOn) }).ToList(),
        Funding = (s.Funding ?? []).Select(f => new FundingRow { Funder = f.Funder, FunderInstitutionId = f.FunderInstitutionId, Amount = f.Amount }).ToList(),
        Indicators = (s.Indicators ?? []).Select(i => new IndicatorRow
        {
            Id = i.Id,
            Kind = i.Kind,
            Name = i.Name,
            Unit = i.Unit,
            Source = i.Source,
            Baseline = i.Baseline,
            Target = i.Target,
            Frequency = i.Frequency,
            Computation = i.Computation,
            EventCategoryCode = i.EventCategoryCode,
            ResponsibleInstitutionId = i.ResponsibleInstitutionId,
        }).ToList(),
        Tags = [.. s.Tags ?? []],
    };

    public SheetInput ToInput() => new(PriorityId, Title, Objective, TargetPublic, [.. Communes], [.. AreaIds], PilotInstitutionId, [.. CoPartnerIds], Content, Cost,
        Milestones.Select(m => new MilestoneInput(m.Id, m.Label, ContractUrl.Day(m.DueOn))).ToList(),
        Funding.Select(f => new FundingInput(f.Funder, f.FunderInstitutionId, f.Amount)).ToList(),
        Indicators.Select(i => new IndicatorInput(i.Id, i.Kind, i.Name, i.Unit, i.Source, i.Baseline, i.Target, i.Frequency, i.Computation, i.EventCategoryCode,
            i.ResponsibleInstitutionId)).ToList(),
        [.. Tags], Version);
}

/// <summary>A milestone row of the form.</summary>
public sealed class MilestoneRow
{
    public Guid? Id { get; set; }
    public string? Label { get; set; }
    public DateTime? DueOn { get; set; }
}

/// <summary>A funding line of the form.</summary>
public sealed class FundingRow
{
    public string? Funder { get; set; }
    public Guid? FunderInstitutionId { get; set; }
    public decimal? Amount { get; set; }
}

/// <summary>An indicator row of the form.</summary>
public sealed class IndicatorRow
{
    public Guid? Id { get; set; }
    public IndicatorKind? Kind { get; set; } = IndicatorKind.Result;
    public string? Name { get; set; }
    public string? Unit { get; set; }
    public string? Source { get; set; }
    public decimal? Baseline { get; set; }
    public decimal? Target { get; set; }
    public IndicatorFrequency? Frequency { get; set; } = IndicatorFrequency.Quarterly;
    public IndicatorComputation? Computation { get; set; } = IndicatorComputation.Entered;
    public string? EventCategoryCode { get; set; }
    public Guid? ResponsibleInstitutionId { get; set; }
}
