using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// The text of a checklist step or of a log line (VEI-2): required, at most <see cref="AlertLimits.Text"/>
/// characters, within the procedure's limit for its kind (400 otherwise), and anonymous (PRIV-1: a 422
/// when it names someone, unless the author overrides with a reason).
/// </summary>
public sealed class ProcedureLine(AnonymousTextGuard guard, IStringLocalizer<UiText> ui)
{
    /// <summary>The trimmed text and its privacy screening (whose audit entries go with the change).</summary>
    public sealed record Accepted(string Text, AnonymousTextCheck Privacy);

    /// <summary>Checks <paramref name="raw"/>; <paramref name="roomLeft"/> is false when the procedure holds as many lines as it may, with <paramref name="tooMany"/> to say so.</summary>
    public (Accepted? Line, ValidationProblem? Invalid, ProblemHttpResult? Refused) Check(string? raw, PrivacyOverride? privacyOverride, bool roomLeft,
        string tooMany)
    {
        var text = raw?.Trim() ?? "";
        var v = new Validation().Check(text.Length > 0, "text", ui["Validation_Required"])
            .Check(text.Length <= AlertLimits.Text, "text", ui["Validation_TooLong", AlertLimits.Text])
            .Check(roomLeft, "text", tooMany);
        if (!v.IsValid)
        {
            return (null, TypedResults.ValidationProblem(v.Errors), null);
        }
        var privacy = guard.Begin(privacyOverride).Check("text", text);
        return privacy.IsAccepted ? (new Accepted(text, privacy), null, null) : (null, null, privacy.Problem());
    }
}
