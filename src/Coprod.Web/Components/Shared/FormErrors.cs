using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Components.Shared;

/// <summary>
/// Pages call the same handlers as the API; this reads a handler's typed result back into field
/// messages for the form (the key "" holds a message for the whole form).
/// </summary>
public sealed class FormErrors
{
    private IDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    public bool Any => _errors.Count > 0;

    public string? Form => For("");

    /// <summary>Whether the last result was a 409: the record changed since it was read, and must be read again.</summary>
    public bool Conflict { get; private set; }

    /// <summary>Whether the last result was a 404: the record is gone (removed by someone else); <see cref="FormAlert"/> says so.</summary>
    public bool Gone { get; private set; }

    /// <summary>Every message, for a form whose fields are not shown one by one.</summary>
    public string? Summary => Any ? string.Join(" ", _errors.Values.SelectMany(m => m)) : null;

    public void Clear()
    {
        _errors = new Dictionary<string, string[]>();
        (Conflict, Gone) = (false, false);
    }

    /// <summary>Keeps the errors of <paramref name="result"/>; true when the result is a success.</summary>
    public bool Read(IResult result)
    {
        Conflict = result is ProblemHttpResult { StatusCode: StatusCodes.Status409Conflict };
        Gone = result is NotFound;
        _errors = result switch
        {
            ValidationProblem v => v.ProblemDetails.Errors,
            // A refusal with field messages (e.g. personal data, 422): the title for the form, the messages by field.
            ProblemHttpResult { ProblemDetails: HttpValidationProblemDetails vp } => new Dictionary<string, string[]>(vp.Errors) { [""] = [vp.Title ?? vp.Detail ?? ""] },
            ProblemHttpResult p => new Dictionary<string, string[]> { [""] = [p.ProblemDetails.Detail ?? p.ProblemDetails.Title ?? ""] },
            NotFound => new Dictionary<string, string[]> { [""] = ["404"] },
            _ => new Dictionary<string, string[]>(),
        };
        return _errors.Count == 0;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>All messages whose field starts with <paramref name="prefix"/> (e.g. "communes").</summary>
    public string? Starting(string prefix)
    {
        var messages = _errors.Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(e => e.Value).ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }
}
