using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// Reads a GeoJSON FeatureCollection of areas and checks everything that does not need the
/// database: JSON syntax, GeoJSON structure, geometry, and each property's form. Errors are
/// collected per feature (<c>features[3].geometry</c>) so the whole file can be fixed at once.
/// </summary>
public sealed partial class AreaFeatureReader(IStringLocalizer<TerritoryText> t)
{
    /// <summary>
    /// What was read: the features when <see cref="Errors"/> is valid, and the collection's
    /// <c>privacyOverride</c> member (a GeoJSON foreign member), if any.
    /// </summary>
    public sealed record Result(IReadOnlyList<AreaFeature> Features, Validation Errors, PrivacyOverride? PrivacyOverride = null);

    public static string Field(int index, string member) => $"features[{index}].{member}";

    public async Task<Result> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var errors = new Validation();
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException e)
        {
            errors.Add("body", t["Import_MalformedJson", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1]);
            return new Result([], errors);
        }
        using (document)
        {
            var features = ReadCollection(document.RootElement, errors);
            var privacyOverride = ReadPrivacyOverride(document.RootElement, errors);
            return errors.IsValid ? new Result(features, errors, privacyOverride) : new Result([], errors);
        }
    }

    private List<AreaFeature> ReadCollection(JsonElement root, Validation errors)
    {
        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "FeatureCollection")
        {
            errors.Add("type", t["Import_NotFeatureCollection"]);
            return [];
        }
        if (root.TryGetProperty("crs", out var crs) && crs.ValueKind != JsonValueKind.Null && !IsWgs84(crs))
        {
            errors.Add("crs", t["Import_Crs"]);
        }
        if (!root.TryGetProperty("features", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            errors.Add("features", t["Import_NoFeatures"]);
            return [];
        }
        var features = new List<AreaFeature>();
        var failed = 0;
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var featureErrors = new Validation();
            var feature = ReadFeature(index, item, featureErrors);
            if (feature is not null)
            {
                features.Add(feature);
            }
            else if (++failed <= AreaLimits.MaxReportedFeatures)
            {
                Merge(featureErrors, errors);
            }
            index++;
        }
        if (failed > AreaLimits.MaxReportedFeatures)
        {
            errors.Add("features", t["Import_MoreErrors", failed - AreaLimits.MaxReportedFeatures]);
        }
        return features;
    }

    private AreaFeature? ReadFeature(int index, JsonElement item, Validation errors)
    {
        if (item.ValueKind != JsonValueKind.Object || Text(item, "type") != "Feature")
        {
            errors.Add($"features[{index}]", t["Import_NotFeature"]);
            return null;
        }
        var properties = item.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        var name = Text(properties, "name")?.Trim();
        var kindText = Text(properties, "kind")?.Trim();
        var commune = Text(properties, "commune")?.Trim().ToUpperInvariant();
        var code = Text(properties, "code")?.Trim();
        var validFromText = Text(properties, "validFrom")?.Trim();
        AreaKind kind = default;
        DateOnly validFrom = default;

        errors.Check(!string.IsNullOrEmpty(name), Field(index, "properties.name"), t["Import_NameRequired"])
            .Check((name?.Length ?? 0) <= AreaLimits.NameLength, Field(index, "properties.name"), t["Import_NameTooLong", AreaLimits.NameLength])
            .Check(TryParseKind(kindText, out kind), Field(index, "properties.kind"),
                kindText is { Length: > 0 } ? t["Import_KindUnknown", kindText] : t["Import_KindRequired"])
            .Check(commune is not null && InseeCode().IsMatch(commune), Field(index, "properties.commune"), t["Import_CommuneFormat"])
            .Check((code?.Length ?? 0) <= AreaLimits.CodeLength, Field(index, "properties.code"), t["Import_CodeTooLong", AreaLimits.CodeLength])
            .Check(validFromText is null || DateOnly.TryParseExact(validFromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out validFrom),
                Field(index, "properties.validFrom"), t["Import_DateFormat"]);

        Geometry? geometry = null;
        var geometryError = item.TryGetProperty("geometry", out var g) ? AreaGeometry.TryRead(g, t, out geometry) : t["Import_GeometryMissing"];
        if (geometryError is not null)
        {
            errors.Add(Field(index, "geometry"), geometryError);
        }
        return errors.IsValid
            ? new AreaFeature(index, name!, kind, commune!, string.IsNullOrEmpty(code) ? null : code, validFromText is null ? null : validFrom, geometry!)
            : null;
    }

    /// <summary><c>"privacyOverride": { "reason": "…" }</c> beside <c>features</c>: why the names flagged as persons are not.</summary>
    private PrivacyOverride? ReadPrivacyOverride(JsonElement root, Validation errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("privacyOverride", out var member) || member.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (member.ValueKind != JsonValueKind.Object)
        {
            errors.Add("privacyOverride", t["Import_PrivacyOverrideFormat"]);
            return null;
        }
        return new PrivacyOverride(Text(member, "reason"));
    }

    /// <summary>Accepts the kind's name in any case ("qpv", "Quartier"), never its number.</summary>
    public static bool TryParseKind(string? text, out AreaKind kind)
    {
        kind = default;
        return text is { Length: > 0 } && text.All(char.IsAsciiLetter) && Enum.TryParse(text, ignoreCase: true, out kind);
    }

    private static bool IsWgs84(JsonElement crs)
    {
        var raw = crs.GetRawText();
        return raw.Contains("CRS84", StringComparison.OrdinalIgnoreCase) || raw.Contains("4326", StringComparison.Ordinal);
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static void Merge(Validation from, Validation into)
    {
        foreach (var (field, messages) in from.Errors)
        {
            foreach (var message in messages)
            {
                into.Add(field, message);
            }
        }
    }

    [GeneratedRegex("^([0-9]{5}|2[AB][0-9]{3})$")]
    private static partial Regex InseeCode();
}
