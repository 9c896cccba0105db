using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>The refusals of the case use cases.</summary>
internal static class CaseProblems
{
    /// <summary>404 with the one body given for a case or group that does not exist and for one the caller may not read: it tells nothing.</summary>
    public static ProblemHttpResult NotFound(IStringLocalizer<ConfidentialText> t) =>
        TypedResults.Problem(detail: t["Confidential_NotFound"], statusCode: StatusCodes.Status404NotFound);

    /// <summary>409: the case is in the archive (read-only) or the request does not fit its state.</summary>
    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict);
}
