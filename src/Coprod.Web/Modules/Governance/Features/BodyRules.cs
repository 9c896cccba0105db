using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>The checks a body's fields pass on creation and update.</summary>
internal static class BodyRules
{
    public static Validation Check(Validation v, BodyKind kind, string? name, string? purpose, string? scope, DateOnly startsOn, DateOnly? endsOn, IStringLocalizer<GovernanceText> t,
        IStringLocalizer<UiText> ui)
    {
        var n = name?.Trim() ?? "";
        v.Check(n.Length > 0, "name", ui["Validation_Required"]);
        v.Check(n.Length <= GovernanceLimits.Name, "name", ui["Validation_TooLong", GovernanceLimits.Name]);
        v.Check((purpose?.Trim().Length ?? 0) <= GovernanceLimits.LongText, "purpose", ui["Validation_TooLong", GovernanceLimits.LongText]);
        v.Check((scope?.Trim().Length ?? 0) <= GovernanceLimits.LongText, "scope", ui["Validation_TooLong", GovernanceLimits.LongText]);
        v.Check(endsOn is null || endsOn >= startsOn, "endsOn", t["Body_EndsBeforeStart"]);
        if (kind == BodyKind.Gltd)
        {
            // The prosecutor sets the GLTD's scope (territory and purpose) and duration.
            v.Check(!string.IsNullOrWhiteSpace(scope), "scope", t["Body_GltdScopeRequired"]);
            v.Check(endsOn is not null, "endsOn", t["Body_GltdDurationRequired"]);
        }
        return v;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
