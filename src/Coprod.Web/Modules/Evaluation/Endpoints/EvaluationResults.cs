using Coprod.Web.Modules.Evaluation.Features;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Evaluation.Endpoints;

/// <summary>Turns the computations' outcomes into HTTP answers: 200, 404 for an unknown contract, 400 for a bad filter.</summary>
internal static class EvaluationResults
{
    public static Results<Ok<T>, ProblemHttpResult, ValidationProblem> Of<T>((T? Value, EvaluationError? Error) outcome, IStringLocalizer<EvaluationText> t)
        where T : class => outcome switch
        {
            ({ } value, null) => TypedResults.Ok(value),
            (_, EvaluationError.UnknownPriority) => TypedResults.ValidationProblem(Validation.Single("priorityId", t["Problem_UnknownPriority"])),
            (_, EvaluationError.UnknownCommune) => TypedResults.ValidationProblem(Validation.Single("commune", t["Problem_UnknownCommune"])),
            (_, EvaluationError.BadYear) => TypedResults.ValidationProblem(Validation.Single("year", t["Problem_BadYear"])),
            _ => TypedResults.Problem(detail: t["Problem_UnknownContract"], statusCode: StatusCodes.Status404NotFound),
        };

    /// <summary>A 400 naming the query values that are not ids, or null when all are absent or ids.</summary>
    public static ValidationProblem? BadIds(IStringLocalizer<EvaluationText> t, params (string Field, string? Value)[] values)
    {
        var v = new Validation();
        foreach (var (field, value) in values)
        {
            v.Check(string.IsNullOrWhiteSpace(value) || Guid.TryParse(value.Trim(), out _), field, t["Problem_BadId"]);
        }
        return v.IsValid ? null : TypedResults.ValidationProblem(v.Errors);
    }

    public static Guid? Id(string? value) => Guid.TryParse(value?.Trim(), out var id) ? id : null;
}
