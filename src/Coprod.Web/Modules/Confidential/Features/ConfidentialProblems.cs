using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features;

/// <summary>The module's one refusal for group- and case-specific routes.</summary>
public static class ConfidentialProblems
{
    /// <summary>404 with the one body given for a case or group that does not exist and for one the caller may not read: it tells nothing.</summary>
    public static ProblemHttpResult NotFound(IStringLocalizer<ConfidentialText> t) =>
        TypedResults.Problem(detail: t["Confidential_NotFound"], statusCode: StatusCodes.Status404NotFound);
}
