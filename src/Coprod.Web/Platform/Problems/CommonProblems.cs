using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Problems;

/// <summary>Problems that several use cases return.</summary>
public static class CommonProblems
{
    /// <summary>409: the record changed since the caller read it (its <c>version</c> is stale).</summary>
    public static ProblemHttpResult Concurrency(IStringLocalizer<UiText> t) =>
        TypedResults.Problem(detail: t["Problem_Concurrency"], title: t["Problem_ConcurrencyTitle"], statusCode: StatusCodes.Status409Conflict);
}
