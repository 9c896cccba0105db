using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Territory.Domain;

/// <summary>One feature of an import file, read and checked; <see cref="Index"/> is its position in <c>features</c>.</summary>
public sealed record AreaFeature(
    int Index,
    string Name,
    AreaKind Kind,
    string CommuneInsee,
    string? Code,
    DateOnly? ValidFrom,
    Geometry Geometry)
{
    /// <summary>The JSON path of a member of this feature, as field name of a validation problem.</summary>
    public string Field(string member) => AreaFeatureReader.Field(Index, member);
}
