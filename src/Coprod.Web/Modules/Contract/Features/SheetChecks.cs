using System.Globalization;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// The hard checks of a sheet's content (CLS-2): what would make it wrong rather than incomplete.
/// A sheet may be saved incomplete (the precision check, <see cref="SheetQuality"/>, says what is
/// missing), never wrong: a priority of another contract, a commune or partner outside the
/// partnership, a funding plan that does not add up to the cost, a milestone outside the contract's
/// period, an indicator without unit or whose target equals its baseline.
/// </summary>
public static class SheetChecks
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Validation Check(SheetInput r, LocalContract contract, ContractReferences refs, StrategyTaxonomy taxonomy, IStringLocalizer<ContractText> t,
        IStringLocalizer<UiText> ui)
    {
        var v = new Validation();
        if (r.PriorityId is null)
        {
            v.Add("priorityId", ui["Validation_Required"]);
        }
        else
        {
            v.Check(contract.Priorities.Any(p => p.Id == r.PriorityId), "priorityId", t["Sheet_UnknownPriority"]);
        }
        ContractRules.Text(v, "title", r.Title, ContractLimits.Title, true, ui);
        ContractRules.Text(v, "objective", r.Objective, ContractLimits.LongText, false, ui);
        ContractRules.Text(v, "targetPublic", r.TargetPublic, ContractLimits.Label, false, ui);
        ContractRules.Text(v, "content", r.Content, ContractLimits.Content, false, ui);
        Each(v, "communes", r.Communes, ContractLimits.Communes, c => refs.Communes.Contains(c ?? ""), t["Sheet_UnknownCommune"], t);
        Each(v, "areaIds", r.AreaIds, ContractLimits.Areas, a => refs.Areas.ContainsKey(a), t["Sheet_UnknownArea"], t);
        v.Check(r.PilotInstitutionId is null || refs.Institutions.ContainsKey(r.PilotInstitutionId.Value), "pilotInstitutionId", t["Validation_UnknownInstitution"]);
        Each(v, "coPartnerIds", r.CoPartnerIds, ContractLimits.CoPartners, i => refs.Institutions.ContainsKey(i), t["Validation_UnknownInstitution"], t);
        v.Check(r.Cost is null || (r.Cost >= 0 && r.Cost <= ContractLimits.MaxAmount), "cost", t["Sheet_CostRange", Euros(ContractLimits.MaxAmount)]);
        Funding(v, r, refs, t, ui);
        Milestones(v, r.Milestones, contract, t, ui);
        Indicators(v, r.Indicators, refs, t, ui);
        ContractRules.Tags(v, "tags", r.Tags, taxonomy, t);
        return v;
    }

    private static void Funding(Validation v, SheetInput r, ContractReferences refs, IStringLocalizer<ContractText> t, IStringLocalizer<UiText> ui)
    {
        var lines = r.Funding ?? [];
        if (lines.Count > ContractLimits.FundingLines)
        {
            v.Add("funding", t["Contract_TooMany", ContractLimits.FundingLines]);
            return;
        }
        var amountsValid = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var f = lines[i];
            var at = $"funding[{i}]";
            v.Check(!string.IsNullOrWhiteSpace(f.Funder) || f.FunderInstitutionId is not null, $"{at}.funder", t["Funding_FunderRequired"]);
            ContractRules.Text(v, $"{at}.funder", f.Funder, ContractLimits.Label, false, ui);
            v.Check(f.FunderInstitutionId is null || refs.Institutions.ContainsKey(f.FunderInstitutionId.Value), $"{at}.funderInstitutionId",
                t["Validation_UnknownInstitution"]);
            var valid = f.Amount is > 0 and <= ContractLimits.MaxAmount;
            v.Check(valid, $"{at}.amount", t["Funding_AmountRange", Euros(ContractLimits.MaxAmount)]);
            amountsValid &= valid;
        }
        if (lines.Count == 0 || !amountsValid)
        {
            return;
        }
        var sum = lines.Sum(f => f.Amount!.Value);
        if (r.Cost is null)
        {
            v.Add("cost", t["Funding_CostRequired", Euros(sum)]);
        }
        else if (sum != r.Cost)
        {
            v.Add("funding", t["Funding_SumDiffers", Euros(sum), Euros(r.Cost.Value), Euros(Math.Abs(sum - r.Cost.Value))]);
        }
    }

    private static void Milestones(Validation v, IReadOnlyList<MilestoneInput>? milestones, LocalContract contract, IStringLocalizer<ContractText> t,
        IStringLocalizer<UiText> ui)
    {
        var list = milestones ?? [];
        if (list.Count > ContractLimits.Milestones)
        {
            v.Add("milestones", t["Contract_TooMany", ContractLimits.Milestones]);
            return;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            ContractRules.Text(v, $"milestones[{i}].label", m.Label, ContractLimits.Label, true, ui);
            if (m.DueOn is not { } due)
            {
                v.Add($"milestones[{i}].dueOn", ui["Validation_Required"]);
            }
            else
            {
                v.Check(contract.Covers(due), $"milestones[{i}].dueOn", t["Milestone_OutsidePeriod", contract.StartsOn.ToString("d", French), contract.EndsOn.ToString("d", French)]);
            }
        }
    }

    private static void Indicators(Validation v, IReadOnlyList<IndicatorInput>? indicators, ContractReferences refs, IStringLocalizer<ContractText> t,
        IStringLocalizer<UiText> ui)
    {
        var list = indicators ?? [];
        if (list.Count > ContractLimits.Indicators)
        {
            v.Add("indicators", t["Contract_TooMany", ContractLimits.Indicators]);
            return;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var x = list[i];
            var at = $"indicators[{i}]";
            v.Check(x.Kind is { } kind && Enum.IsDefined(kind), $"{at}.kind", t["Indicator_KindInvalid"]);
            ContractRules.Text(v, $"{at}.name", x.Name, ContractLimits.Label, true, ui);
            ContractRules.Text(v, $"{at}.unit", x.Unit, ContractLimits.Unit, true, ui);
            ContractRules.Text(v, $"{at}.source", x.Source, ContractLimits.Label, false, ui);
            v.Check(x.Frequency is { } frequency && Enum.IsDefined(frequency), $"{at}.frequency", t["Indicator_FrequencyInvalid"]);
            v.Check(x.Computation is null || Enum.IsDefined(x.Computation.Value), $"{at}.computation", t["Indicator_ComputationInvalid"]);
            v.Check(x.Baseline is null or >= 0, $"{at}.baseline", t["Indicator_Negative"]);
            v.Check(x.Target is null or >= 0, $"{at}.target", t["Indicator_Negative"]);
            v.Check(x.Baseline is null || x.Target is null || x.Baseline != x.Target, $"{at}.target", t["Indicator_TargetEqualsBaseline"]);
            if (x.Unit?.Trim() == "%")
            {
                v.Check(x.Baseline is null or <= 100, $"{at}.baseline", t["Indicator_Percent"]);
                v.Check(x.Target is null or <= 100, $"{at}.target", t["Indicator_Percent"]);
            }
            if (x.Computation == IndicatorComputation.EventCount && !string.IsNullOrWhiteSpace(x.EventCategoryCode))
            {
                v.Check(refs.EventCategories.Contains(x.EventCategoryCode.Trim()), $"{at}.eventCategoryCode", t["Indicator_UnknownCategory"]);
            }
            v.Check(x.ResponsibleInstitutionId is null || refs.Institutions.ContainsKey(x.ResponsibleInstitutionId.Value), $"{at}.responsibleInstitutionId",
                t["Validation_UnknownInstitution"]);
        }
    }

    private static void Each<T>(Validation v, string field, IReadOnlyList<T>? items, int max, Func<T, bool> known, string unknown, IStringLocalizer<ContractText> t)
    {
        var list = items ?? [];
        if (list.Count > max)
        {
            v.Add(field, t["Contract_TooMany", max]);
            return;
        }
        for (var i = 0; i < list.Count; i++)
        {
            v.Check(known(list[i]), $"{field}[{i}]", unknown);
        }
    }

    /// <summary>An amount in euros as French readers write it, e.g. « 12 500 € ».</summary>
    public static string Euros(decimal amount) => amount.ToString("#,0.##", French) + " €";
}
