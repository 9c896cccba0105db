using System.Text.Json;
using System.Text.Json.Serialization;
using Coprod.Web.Modules.Privacy.Domain;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Privacy;

/// <summary>How a finding is named to people (label, rephrasing advice) and on the wire (lowercase kind).</summary>
public static class FindingTexts
{
    /// <summary>The kind as the API writes it: <c>person</c>, <c>phone</c>, <c>email</c>…</summary>
    public static string WireName(this FindingKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    /// <summary>The kind in the interface language, e.g. « numéro de téléphone ».</summary>
    public static string Label(this IStringLocalizer<PrivacyText> t, FindingKind kind) => t[$"Kind_{kind}"];

    /// <summary>One short hint on how to say the same thing without the personal data.</summary>
    public static string Advice(this IStringLocalizer<PrivacyText> t, FindingKind kind) => t[$"Advice_{kind}"];
}

/// <summary>Writes <see cref="FindingKind"/> as its lowercase <see cref="FindingTexts.WireName"/>.</summary>
public sealed class FindingKindJsonConverter() : JsonStringEnumConverter<FindingKind>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
