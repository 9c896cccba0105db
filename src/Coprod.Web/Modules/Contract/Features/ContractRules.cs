using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>The checks a contract passes on creation and update (CLS-1): field errors named by their JSON path, e.g. <c>signatories[1].label</c>.</summary>
public static class ContractRules
{
    public static Validation Check(ContractInput r, ContractReferences refs, StrategyTaxonomy taxonomy, DateOnly today, IStringLocalizer<ContractText> t,
        IStringLocalizer<UiText> ui)
    {
        var v = new Validation();
        v.Check(r.Kind is { } kind && Enum.IsDefined(kind), "kind", t["Contract_KindInvalid"]);
        Text(v, "title", r.Title, ContractLimits.Title, true, ui);
        Text(v, "diagnosticReference", r.DiagnosticReference, ContractLimits.Reference, false, ui);
        v.Check(r.StartsOn is not null, "startsOn", ui["Validation_Required"]);
        v.Check(r.EndsOn is not null, "endsOn", ui["Validation_Required"]);
        if (r.StartsOn is { } starts && r.EndsOn is { } ends)
        {
            v.Check(starts <= ends, "endsOn", t["Contract_EndsBeforeStart"]);
            v.Check(ends < starts.AddYears(ContractLimits.MaxYears), "endsOn", t["Contract_TooLong", ContractLimits.MaxYears]);
        }
        var signatories = r.Signatories ?? [];
        v.Check(signatories.Count <= ContractLimits.Signatories, "signatories", t["Contract_TooMany", ContractLimits.Signatories]);
        for (var i = 0; i < signatories.Count && i < ContractLimits.Signatories; i++)
        {
            var s = signatories[i];
            var at = $"signatories[{i}]";
            v.Check(s.Role is { } role && Enum.IsDefined(role), $"{at}.role", t["Signatory_RoleInvalid"]);
            Text(v, $"{at}.label", s.Label, ContractLimits.Label, true, ui);
            v.Check(s.InstitutionId is null || refs.Institutions.ContainsKey(s.InstitutionId.Value), $"{at}.institutionId", t["Validation_UnknownInstitution"]);
            v.Check(s.MembershipId is null || refs.Members.ContainsKey(s.MembershipId.Value), $"{at}.membershipId", t["Signatory_UnknownMember"]);
            v.Check(s.SignedOn is null || s.SignedOn <= today, $"{at}.signedOn", t["Signatory_SignedInFuture"]);
            v.Check(s.SignedOn is null || r.EndsOn is null || s.SignedOn <= r.EndsOn, $"{at}.signedOn", t["Signatory_SignedAfterEnd"]);
        }
        var priorities = r.Priorities ?? [];
        v.Check(priorities.Count <= ContractLimits.Priorities, "priorities", t["Contract_TooMany", ContractLimits.Priorities]);
        for (var i = 0; i < priorities.Count && i < ContractLimits.Priorities; i++)
        {
            var p = priorities[i];
            var at = $"priorities[{i}]";
            Text(v, $"{at}.title", p.Title, ContractLimits.Title, true, ui);
            Text(v, $"{at}.description", p.Description, ContractLimits.LongText, false, ui);
            Tags(v, $"{at}.tags", p.Tags, taxonomy, t);
        }
        return v;
    }

    /// <summary>Checks a list of taxonomy tags: count, and that each is known.</summary>
    public static void Tags(Validation v, string field, IReadOnlyList<string>? tags, StrategyTaxonomy taxonomy, IStringLocalizer<ContractText> t)
    {
        var list = tags ?? [];
        v.Check(list.Count <= ContractLimits.Tags, field, t["Contract_TooMany", ContractLimits.Tags]);
        for (var i = 0; i < list.Count && i < ContractLimits.Tags; i++)
        {
            v.Check(taxonomy.IsKnown(list[i]), $"{field}[{i}]", t["Tag_Unknown", list[i] ?? ""]);
        }
    }

    /// <summary>A text field: required or not, and at most <paramref name="max"/> characters once trimmed.</summary>
    public static void Text(Validation v, string field, string? text, int max, bool required, IStringLocalizer<UiText> ui)
    {
        var n = text?.Trim() ?? "";
        if (required && n.Length == 0)
        {
            v.Add(field, ui["Validation_Required"]);
        }
        v.Check(n.Length <= max, field, ui["Validation_TooLong", max]);
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
