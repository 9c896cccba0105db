using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>Problems shared by the directory's use cases.</summary>
internal static class DirectoryProblems
{
    public static ProblemHttpResult ServiceNotFound(IStringLocalizer<DirectoryText> t) =>
        TypedResults.Problem(detail: t["Service_NotFound"], statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult ItemNotFound(IStringLocalizer<DirectoryText> t) =>
        TypedResults.Problem(detail: t["Item_NotFound"], statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult AreaNotFound(IStringLocalizer<DirectoryText> t) =>
        TypedResults.Problem(detail: t["Territory_AreaUnknown"], statusCode: StatusCodes.Status404NotFound);

    /// <summary>403 for a member who may read but not edit this institution's services.</summary>
    public static ProblemHttpResult NotYourInstitution(IStringLocalizer<DirectoryText> t) =>
        TypedResults.Problem(detail: t["Service_NotYourInstitution"], title: t["Service_ForbiddenTitle"], statusCode: StatusCodes.Status403Forbidden);
}
