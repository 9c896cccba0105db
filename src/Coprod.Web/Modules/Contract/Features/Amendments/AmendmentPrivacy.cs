using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// An amendment is read by every partner and signatory: its texts, and every text of the sheets it
/// proposes, are anonymous (PRIV-1), checked by the privacy guard (422 with the fields at fault).
/// </summary>
internal static class AmendmentPrivacy
{
    public static AnonymousTextCheck Check(AnonymousTextGuard guard, AmendmentInput r)
    {
        var check = guard.Begin(r.PrivacyOverride).Check("title", r.Title).Check("reason", r.Reason);
        var changes = r.Changes ?? [];
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes[i].Content is not { } s)
            {
                continue;
            }
            var p = $"changes[{i}].content.";
            check.Check(p + "title", s.Title).Check(p + "objective", s.Objective).Check(p + "targetPublic", s.TargetPublic).Check(p + "content", s.Content);
            for (var m = 0; m < (s.Milestones?.Count ?? 0); m++)
            {
                check.Check($"{p}milestones[{m}].label", s.Milestones![m].Label);
            }
            for (var n = 0; n < (s.Indicators?.Count ?? 0); n++)
            {
                check.Check($"{p}indicators[{n}].name", s.Indicators![n].Name).Check($"{p}indicators[{n}].source", s.Indicators![n].Source);
            }
        }
        return check;
    }
}

/// <summary>The problems of the amendments' use cases.</summary>
internal static class AmendmentProblems
{
    /// <summary>409 with the reason, in the caller's language.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict);

    /// <summary>403: the caller is no signatory (or its designated member) that has yet to decide.</summary>
    public static ProblemHttpResult NotSignatory(IStringLocalizer<AmendmentText> t) =>
        TypedResults.Problem(detail: t["Problem_NotSignatory"], statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult Stale(IStringLocalizer<UiText> ui) => Platform.Problems.CommonProblems.Concurrency(ui);
}
