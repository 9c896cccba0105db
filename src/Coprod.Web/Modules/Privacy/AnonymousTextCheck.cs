using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Coprod.Web.Modules.Privacy.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Privacy;

/// <summary>One finding of a refused field, as the 422 problem lists it in <c>findings</c>.</summary>
public sealed record FieldFinding(
    string Field,
    [property: JsonConverter(typeof(FindingKindJsonConverter))] FindingKind Kind,
    int Start,
    int Length,
    string Text,
    string Label,
    string Advice);

/// <summary>A field saved despite person findings, on the author's stated reason.</summary>
public sealed record AcceptedOverride(string Field, IReadOnlyList<FindingKind> Kinds, int Count, string Reason);

/// <summary>
/// The check of one request's anonymous texts, from <see cref="AnonymousTextGuard.Begin"/>: add each
/// field with <see cref="Check"/>, then read <see cref="IsAccepted"/>; refuse with <see cref="Problem"/>,
/// or save with <see cref="AuditEntries(Guid?, Guid?, string, string)"/> in the same transaction.
/// </summary>
public sealed partial class AnonymousTextCheck
{
    /// <summary>The field name under which a problem with the override's reason is reported.</summary>
    public const string ReasonField = "privacyOverride.reason";

    private readonly PersonalDataScanner _scanner;
    private readonly IStringLocalizer<PrivacyText> _t;
    private readonly PrivacyOverride? _override;
    private readonly List<(string Field, IReadOnlyList<Finding>? Findings)> _fields = [];
    private Outcome? _outcome;

    private sealed record Outcome(Validation Errors, IReadOnlyList<FieldFinding> Refused, IReadOnlyList<AcceptedOverride> Accepted, bool Overridable);

    internal AnonymousTextCheck(PersonalDataScanner scanner, IStringLocalizer<PrivacyText> t, PrivacyOverride? privacyOverride)
    {
        _scanner = scanner;
        _t = t;
        _override = privacyOverride;
    }

    /// <summary>Scans one field's text; <paramref name="field"/> is its JSON name (e.g. <c>name</c>, <c>features[2].properties.name</c>).</summary>
    public AnonymousTextCheck Check(string field, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Add(field, text.Length > PersonalDataScanner.MaxTextLength ? null : _scanner.Scan(text));
        }
        return this;
    }

    /// <summary>Adds a field whose findings are already known (null: too long to scan).</summary>
    internal AnonymousTextCheck Add(string field, IReadOnlyList<Finding>? findings)
    {
        _fields.Add((field, findings));
        _outcome = null;
        return this;
    }

    /// <summary>True when nothing is refused: every field is clean or overridden with a valid reason.</summary>
    public bool IsAccepted => Result.Errors.IsValid;

    /// <summary>True when the refusal would be lifted by a valid reason: every refused field holds person names only.</summary>
    public bool IsOverridable => Result.Overridable;

    /// <summary>The findings that stop the save.</summary>
    public IReadOnlyList<FieldFinding> Findings => Result.Refused;

    /// <summary>The fields saved on the author's reason (empty unless <see cref="IsAccepted"/>).</summary>
    public IReadOnlyList<AcceptedOverride> Overrides => IsAccepted ? Result.Accepted : [];

    /// <summary>The messages per field, as in the problem's <c>errors</c>.</summary>
    public IDictionary<string, string[]> Errors => Result.Errors.Errors;

    /// <summary>The 422 problem that refuses the request (RFC 9457, with <c>errors</c>, <c>findings</c> and <c>overridable</c>).</summary>
    public ProblemHttpResult Problem()
    {
        if (IsAccepted)
        {
            throw new InvalidOperationException("Nothing was refused: save instead.");
        }
        var detail = Findings.Count > 0
            ? _t["Problem_Detail", string.Join(" ; ", Findings.Select(f => _t["Problem_Item", f.Field, f.Label, f.Text].Value))].Value
            : string.Join(" ", Errors.Values.SelectMany(m => m));
        var problem = new HttpValidationProblemDetails(Errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = _t["Problem_Title"],
            Detail = detail,
        };
        problem.Extensions["findings"] = Findings;
        problem.Extensions["overridable"] = IsOverridable;
        return TypedResults.Problem(problem);
    }

    /// <summary>One audit record per accepted override, all on the same target (the saved record).</summary>
    public IReadOnlyList<AuditEntry> AuditEntries(Guid? partnershipId, Guid? actorId, string targetType, string targetId) =>
        AuditEntries(partnershipId, actorId, targetType, _ => targetId);

    /// <summary>One audit record per accepted override; <paramref name="targetIdOfField"/> names the record each field belongs to.</summary>
    public IReadOnlyList<AuditEntry> AuditEntries(Guid? partnershipId, Guid? actorId, string targetType, Func<string, string> targetIdOfField)
    {
        if (!IsAccepted)
        {
            throw new InvalidOperationException("The texts were refused: return Problem() instead of saving.");
        }
        // The auditors read these records: the field, kinds and count say what was kept, the reason why; never the text.
        return Result.Accepted.Select(o => new AuditEntry(AuditEventType.PersonalDataOverridden, partnershipId, actorId, targetType, targetIdOfField(o.Field),
            new { field = o.Field, kinds = o.Kinds.Select(k => k.WireName()).ToArray(), count = o.Count, reason = o.Reason })).ToList();
    }

    private Outcome Result => _outcome ??= Evaluate();

    private Outcome Evaluate()
    {
        var errors = new Validation();
        var refused = new List<FieldFinding>();
        var accepted = new List<AcceptedOverride>();
        var anyPersonOnly = _fields.Any(f => IsPersonOnly(f.Findings));
        var reasonError = anyPersonOnly && _override is not null ? CheckReason(_override.Reason) : null;
        var overridable = true;
        foreach (var (field, findings) in _fields)
        {
            if (findings is null)
            {
                errors.Add(field, _t["Field_TooLong", PersonalDataScanner.MaxTextLength]);
                overridable = false;
                continue;
            }
            if (findings.Count == 0)
            {
                continue;
            }
            var personOnly = IsPersonOnly(findings);
            if (personOnly && _override is not null && reasonError is null)
            {
                accepted.Add(new AcceptedOverride(field, findings.Select(f => f.Kind).Distinct().ToList(), findings.Count, _override.Reason!.Trim()));
                continue;
            }
            refused.AddRange(findings.Select(f => new FieldFinding(field, f.Kind, f.Start, f.Length, f.Text, _t.Label(f.Kind), _t.Advice(f.Kind))));
            var message = _t["Field_Refused", string.Join(", ", findings.Select(f => _t["Field_Item", _t.Label(f.Kind), f.Text].Value))].Value;
            if (personOnly)
            {
                message += " " + _t["Field_PersonOverridable"];
            }
            else
            {
                overridable = false;
                if (_override is not null)
                {
                    var never = findings.Where(f => f.Kind != FindingKind.Person).Select(f => _t.Label(f.Kind)).Distinct();
                    message += " " + _t["Field_NeverOverridable", string.Join(", ", never)];
                }
            }
            errors.Add(field, message);
        }
        if (reasonError is not null)
        {
            errors.Add(ReasonField, reasonError);
        }
        return new Outcome(errors, refused, accepted, overridable && refused.Count > 0);
    }

    private static bool IsPersonOnly(IReadOnlyList<Finding>? findings) => findings is { Count: > 0 } && findings.All(f => f.Kind == FindingKind.Person);

    /// <summary>The reason goes to the audit trail, which auditors read: it must not carry what it excuses.</summary>
    private string? CheckReason(string? reason)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return _t["Reason_Required", PrivacyOverride.ReasonMinLength, PrivacyOverride.ReasonMaxLength];
        }
        if (text.Length is < PrivacyOverride.ReasonMinLength or > PrivacyOverride.ReasonMaxLength)
        {
            return _t["Reason_Length", PrivacyOverride.ReasonMinLength, PrivacyOverride.ReasonMaxLength];
        }
        var flaggedWords = _fields.SelectMany(f => f.Findings ?? []).SelectMany(f => Words(f.Text)).Where(w => w.Length >= 3 && char.IsUpper(w[0]));
        var reasonWords = Words(text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _scanner.Scan(text).Count > 0 || flaggedWords.Any(reasonWords.Contains) ? _t["Reason_PersonalData"].Value : null;
    }

    private static IEnumerable<string> Words(string text) => Letters().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
