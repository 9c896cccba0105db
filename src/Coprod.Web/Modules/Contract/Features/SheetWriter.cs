using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Writes checked content onto a tracked sheet: fields replaced, milestones and indicators kept by id
/// (a milestone keeps its date reached, an indicator its values), new ones added, missing ones removed;
/// the funding plan replaced. Used by the sheet's update and by an amendment once in force.
/// </summary>
public static class SheetWriter
{
    public static void Apply(ActionSheet sheet, SheetInput input, DateTimeOffset now)
    {
        sheet.PriorityId = input.PriorityId!.Value;
        sheet.Title = input.Title!.Trim();
        sheet.Objective = input.Objective?.Trim() ?? "";
        sheet.TargetPublic = Clean(input.TargetPublic);
        sheet.Communes = [.. (input.Communes ?? []).Distinct()];
        sheet.AreaIds = [.. (input.AreaIds ?? []).Distinct()];
        sheet.PilotInstitutionId = input.PilotInstitutionId;
        sheet.CoPartnerIds = [.. (input.CoPartnerIds ?? []).Where(i => i != input.PilotInstitutionId).Distinct()];
        sheet.Content = Clean(input.Content);
        sheet.Cost = input.Cost;
        sheet.Tags = [.. (input.Tags ?? []).Distinct()];
        sheet.UpdatedAt = now;
        ApplyMilestones(sheet, input.Milestones ?? []);
        ApplyIndicators(sheet, input.Indicators ?? []);
        sheet.Funding.Clear();
        var position = 0;
        foreach (var f in input.Funding ?? [])
        {
            sheet.Funding.Add(new SheetFunding
            {
                Id = Guid.NewGuid(),
                SheetId = sheet.Id,
                Funder = f.Funder?.Trim() ?? "",
                FunderInstitutionId = f.FunderInstitutionId,
                Amount = f.Amount!.Value,
                Position = position++,
            });
        }
    }

    private static void ApplyMilestones(ActionSheet sheet, IReadOnlyList<MilestoneInput> milestones)
    {
        var kept = milestones.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToHashSet();
        sheet.Milestones.RemoveAll(m => !kept.Contains(m.Id));
        for (var i = 0; i < milestones.Count; i++)
        {
            var input = milestones[i];
            var milestone = sheet.Milestones.FirstOrDefault(m => m.Id == input.Id);
            if (milestone is null)
            {
                milestone = new SheetMilestone { Id = Guid.NewGuid(), SheetId = sheet.Id };
                sheet.Milestones.Add(milestone);
            }
            milestone.Label = input.Label!.Trim();
            milestone.DueOn = input.DueOn!.Value;
            milestone.Position = i;
        }
    }

    private static void ApplyIndicators(ActionSheet sheet, IReadOnlyList<IndicatorInput> indicators)
    {
        var kept = indicators.Where(x => x.Id is not null).Select(x => x.Id!.Value).ToHashSet();
        sheet.Indicators.RemoveAll(x => !kept.Contains(x.Id));
        for (var i = 0; i < indicators.Count; i++)
        {
            var input = indicators[i];
            var indicator = sheet.Indicators.FirstOrDefault(x => x.Id == input.Id);
            if (indicator is null)
            {
                indicator = new SheetIndicator { Id = Guid.NewGuid(), SheetId = sheet.Id };
                sheet.Indicators.Add(indicator);
            }
            indicator.Kind = input.Kind!.Value;
            indicator.Name = input.Name!.Trim();
            indicator.Unit = input.Unit!.Trim();
            indicator.Source = input.Source?.Trim() ?? "";
            indicator.Baseline = input.Baseline;
            indicator.Target = input.Target;
            indicator.Frequency = input.Frequency ?? IndicatorFrequency.Quarterly;
            indicator.Computation = input.Computation ?? IndicatorComputation.Entered;
            indicator.EventCategoryCode = indicator.Computation == IndicatorComputation.EventCount ? Clean(input.EventCategoryCode) : null;
            indicator.ResponsibleInstitutionId = input.ResponsibleInstitutionId;
            indicator.Position = i;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
