using System.Text.Json.Serialization;
using Coprod.Web.Modules.Privacy.Domain;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Privacy.Features;

/// <summary>
/// <c>POST /api/v1/privacy/scan</c>: the personal data in a text, for partners' systems that want
/// to warn their own users before they submit (PRIV-1). Saving is still checked by <see cref="AnonymousTextGuard"/>.
/// </summary>
public static class ScanText
{
    // Named apart from other use cases' Request/Response: the OpenAPI schemas go by the short type name.
    public sealed record ScanRequest(string? Text);

    /// <summary>One finding; <c>start</c> and <c>length</c> count UTF-16 code units of the text sent, as JavaScript strings do.</summary>
    public sealed record ScanFinding(
        [property: JsonConverter(typeof(FindingKindJsonConverter))] FindingKind Kind,
        int Start,
        int Length,
        string Text,
        string Label,
        string Advice);

    public sealed record ScanResponse(IReadOnlyList<ScanFinding> Findings);

    public sealed class Handler(PersonalDataScanner scanner, IStringLocalizer<PrivacyText> t, IStringLocalizer<UiText> ui)
    {
        public Results<Ok<ScanResponse>, ValidationProblem> Handle(ScanRequest? r)
        {
            var v = new Validation()
                .Check(r?.Text is not null, "text", ui["Validation_Required"])
                .Check((r?.Text?.Length ?? 0) <= PersonalDataScanner.MaxTextLength, "text", ui["Validation_TooLong", PersonalDataScanner.MaxTextLength]);
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var findings = scanner.Scan(r!.Text!).Select(f => new ScanFinding(f.Kind, f.Start, f.Length, f.Text, t.Label(f.Kind), t.Advice(f.Kind))).ToList();
            return TypedResults.Ok(new ScanResponse(findings));
        }
    }
}
