using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Writes checked content onto a tracked sheet: fields replaced, milestones and indicators kept by id
/// (a milestone keeps its date reached, an indicator its values), new ones added, missing ones removed;
/// the funding plan replaced. Used by the sheet's update and by an amendment once in force. The content
/// is first put as the sheet stores it (<see cref="Normalize"/>), which an amendment's proposal also is.
/// </summary>
public static class SheetWriter
{
    public static void Apply(ActionSheet sheet, SheetInput input, DateTimeOffset now)
    {
        var s = Normalize(input);
        sheet.PriorityId = s.PriorityId!.Value;
        sheet.Title = s.Title!;
        sheet.Objective = s.Objective!;
        sheet.TargetPublic = s.TargetPublic;
        sheet.Communes = [.. s.Communes!];
        sheet.AreaIds = [.. s.AreaIds!];
        sheet.PilotInstitutionId = s.PilotInstitutionId;
        sheet.CoPartnerIds = [.. s.CoPartnerIds!];
        sheet.Content = s.Content;
        sheet.Cost = s.Cost;
        sheet.Tags = [.. s.Tags!];
        sheet.UpdatedAt = now;
        ApplyMilestones(sheet, s.Milestones!);
        ApplyIndicators(sheet, s.Indicators!);
        sheet.Funding.Clear();
        var position = 0;
        foreach (var f in s.Funding!)
        {
            sheet.Funding.Add(new SheetFunding
            {
                Id = Guid.NewGuid(),
                SheetId = sheet.Id,
                Funder = f.Funder!,
                FunderInstitutionId = f.FunderInstitutionId,
                Amount = f.Amount!.Value,
                Position = position++,
            });
        }
    }

    /// <summary>
    /// The content as a sheet stores it: texts trimmed, blanks as null, lists without duplicates, the pilot
    /// not among its co-partners, defaults filled (quarterly, entered, no category unless counted).
    /// </summary>
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
        [.. (s.Tags ?? []).Distinct()], s.Version);

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
            milestone.Label = input.Label!;
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
            indicator.Name = input.Name!;
            indicator.Unit = input.Unit!;
            indicator.Source = input.Source!;
            indicator.Baseline = input.Baseline;
            indicator.Target = input.Target;
            indicator.Frequency = input.Frequency!.Value;
            indicator.Computation = input.Computation!.Value;
            indicator.EventCategoryCode = input.EventCategoryCode;
            indicator.ResponsibleInstitutionId = input.ResponsibleInstitutionId;
            indicator.Position = i;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
