using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>The refusals of the case use cases.</summary>
internal static class CaseProblems
{
    /// <summary>409: the case is in the archive (read-only) or the request does not fit its state.</summary>
    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict);
}
