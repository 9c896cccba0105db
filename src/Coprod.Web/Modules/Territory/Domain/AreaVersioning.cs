using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>
/// Decides what an import does to the existing areas. Areas are the same when kind, commune and
/// name (accents and case ignored) are the same; a new version must start after every earlier
/// version started and after every closed one ended, and it closes the current one.
/// </summary>
public static class AreaVersioning
{
    /// <summary>The area to add, and the current version it closes (if any).</summary>
    public sealed record Step(Area Created, Area? Closes);

    public static IReadOnlyList<Step> Plan(
        Guid partnershipId,
        IReadOnlyList<AreaFeature> features,
        IReadOnlyCollection<Area> existing,
        DateOnly today,
        Validation errors,
        IStringLocalizer<TerritoryText> t)
    {
        var versions = existing.ToLookup(a => Key(a.Kind, a.CommuneInsee, a.Name));
        var firstInFile = new Dictionary<(AreaKind, string, string), int>();
        var steps = new List<Step>();
        foreach (var feature in features)
        {
            var key = Key(feature.Kind, feature.CommuneInsee, feature.Name);
            if (!firstInFile.TryAdd(key, feature.Index))
            {
                errors.Add(feature.Field("properties.name"), t["Import_Duplicate", firstInFile[key]]);
                continue;
            }
            var validFrom = feature.ValidFrom ?? today;
            var earlier = versions[key].ToList();
            var lastStart = earlier.Count == 0 ? (DateOnly?)null : earlier.Max(a => a.ValidFrom);
            var lastEnd = earlier.Where(a => a.ValidUntil is not null).Select(a => a.ValidUntil).Max();
            if (validFrom <= lastStart || validFrom <= lastEnd)
            {
                var limit = lastEnd > lastStart ? lastEnd!.Value : lastStart!.Value;
                errors.Add(feature.Field("properties.validFrom"), t["Import_ValidFromTooEarly", validFrom.ToString("yyyy-MM-dd"), limit.ToString("yyyy-MM-dd")]);
                continue;
            }
            steps.Add(new Step(ToArea(partnershipId, feature, validFrom), earlier.FirstOrDefault(a => a.ValidUntil is null)));
        }
        return steps;
    }

    private static Area ToArea(Guid partnershipId, AreaFeature feature, DateOnly validFrom) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        Name = feature.Name,
        Kind = feature.Kind,
        CommuneInsee = feature.CommuneInsee,
        Code = feature.Code,
        ValidFrom = validFrom,
        Geometry = AreaGeometry.ToWkb(feature.Geometry),
    };

    private static (AreaKind, string, string) Key(AreaKind kind, string commune, string name) => (kind, commune, SearchText.Normalize(name));
}
