using System.Text;
using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.UnitTests.Modules.Territory.Domain;

public sealed class AreaFeatureReaderTests
{
    private readonly AreaFeatureReader _reader = new(French.Texts());

    private const string Square = "[[[5.70,45.14],[5.71,45.14],[5.71,45.15],[5.70,45.15],[5.70,45.14]]]";
    private const string Properties = """{"name":"Village Sud","kind":"qpv","commune":"38151","code":"QN03812M","validFrom":"2024-01-01"}""";

    private static string Feature(string geometry, string properties = Properties) =>
        $$"""{"type":"Feature","properties":{{properties}},"geometry":{{geometry}}}""";

    private static string Collection(params string[] features) =>
        $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";

    private static string Polygon(string coordinates) => $$"""{"type":"Polygon","coordinates":{{coordinates}}}""";

    private async Task<AreaFeatureReader.Result> Read(string json) =>
        await _reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), TestContext.Current.CancellationToken);

    private async Task<string> SingleError(string json, string field)
    {
        var result = await Read(json);
        Assert.False(result.Errors.IsValid);
        Assert.Empty(result.Features);
        return Assert.Single(result.Errors.Errors[field]);
    }

    [Fact]
    public async Task Read_ValidPolygon_GivesTheFeatureWithItsProperties()
    {
        var result = await Read(Collection(Feature(Polygon(Square))));
        Assert.True(result.Errors.IsValid);
        var feature = Assert.Single(result.Features);
        Assert.Equal(("Village Sud", AreaKind.Qpv, "38151", "QN03812M", new DateOnly(2024, 1, 1)),
            (feature.Name, feature.Kind, feature.CommuneInsee, feature.Code, feature.ValidFrom));
        Assert.Equal(4326, feature.Geometry.SRID);
    }

    [Fact]
    public async Task Read_PrivacyOverrideBesideTheFeatures_IsKept()
    {
        var json = Collection(Feature(Polygon(Square))).TrimEnd('}') + ""","privacyOverride":{"reason":"nom d'une rue"}}""";
        var result = await Read(json);
        Assert.True(result.Errors.IsValid);
        Assert.Equal("nom d'une rue", result.PrivacyOverride?.Reason);
        Assert.Null((await Read(Collection(Feature(Polygon(Square))))).PrivacyOverride);
    }

    [Fact]
    public async Task Read_PrivacyOverrideNotAnObject_IsRefused() =>
        Assert.Contains("reason", await SingleError(Collection(Feature(Polygon(Square))).TrimEnd('}') + ""","privacyOverride":"oui"}""", "privacyOverride"));

    [Fact]
    public async Task Read_MultiPolygon_IsAccepted() =>
        Assert.True((await Read(Collection(Feature($$"""{"type":"MultiPolygon","coordinates":[{{Square}}]}""")))).Errors.IsValid);

    [Fact]
    public async Task Read_MalformedJson_ReportsLineAndPositionOnBody() =>
        Assert.StartsWith("JSON mal formé (ligne 1", await SingleError("""{"type":"FeatureCollection",""", "body"));

    [Fact]
    public async Task Read_NotAFeatureCollection_IsRefused() =>
        Assert.Contains("FeatureCollection", await SingleError(Feature(Polygon(Square)), "type"));

    [Fact]
    public async Task Read_NoFeatures_IsRefused() =>
        await SingleError("""{"type":"FeatureCollection","features":[]}""", "features");

    [Fact]
    public async Task Read_ProjectedCrs_IsRefused()
    {
        var json = """{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},"features":[]}""";
        Assert.Contains("WGS84", (await Read(json)).Errors.Errors["crs"][0]);
    }

    [Fact]
    public async Task Read_PointGeometry_IsRefusedWithItsType() =>
        Assert.Contains("« Point » refusé", await SingleError(Collection(Feature("""{"type":"Point","coordinates":[5.7,45.1]}""")), "features[0].geometry"));

    [Fact]
    public async Task Read_SelfIntersectingPolygon_ReportsNetTopologySuiteReason()
    {
        var bowTie = Polygon("[[[5.70,45.14],[5.71,45.15],[5.71,45.14],[5.70,45.15],[5.70,45.14]]]");
        var error = await SingleError(Collection(Feature(Polygon(Square)), Feature(bowTie)), "features[1].geometry");
        Assert.StartsWith("Géométrie invalide : le contour se recoupe près de la longitude 5.705, latitude 45.145", error);
        Assert.Contains("NetTopologySuite", error);
    }

    [Fact]
    public async Task Read_UnclosedRing_IsUnreadable() =>
        Assert.StartsWith("Géométrie GeoJSON illisible", await SingleError(
            Collection(Feature(Polygon("[[[5.70,45.14],[5.71,45.14],[5.71,45.15],[5.70,45.15]]]"))), "features[0].geometry"));

    [Fact]
    public async Task Read_Lambert93Coordinates_AreNotWgs84() =>
        Assert.Contains("Lambert 93", await SingleError(
            Collection(Feature(Polygon("[[[914000,6457000],[915000,6457000],[915000,6458000],[914000,6457000]]]"))), "features[0].geometry"));

    [Fact]
    public async Task Read_HugeArea_IsNotPlausible() =>
        Assert.StartsWith("Zone trop étendue", await SingleError(
            Collection(Feature(Polygon("[[[1,44],[6,44],[6,48],[1,44]]]"))), "features[0].geometry"));

    [Fact]
    public async Task Read_BadProperties_AreReportedPerField()
    {
        var result = await Read(Collection(Feature(Polygon(Square), """{"name":" ","kind":"zone","commune":38151,"validFrom":"01/02/2024"}""")));
        Assert.Equal(["features[0].properties.commune", "features[0].properties.kind", "features[0].properties.name", "features[0].properties.validFrom"],
            result.Errors.Errors.Keys.Order());
        Assert.Equal("Type de zone inconnu « zone » : quartier, qpv, iris ou secteur.", result.Errors.Errors["features[0].properties.kind"][0]);
    }

    [Fact]
    public async Task Read_NumericKind_IsNotAKind() => await SingleError(
        Collection(Feature(Polygon(Square), """{"name":"A","kind":"2","commune":"38151"}""")), "features[0].properties.kind");

    [Fact]
    public async Task Read_ManyBadFeatures_ReportsTheFirstHundredAndCountsTheRest()
    {
        var bad = Feature("null");
        var result = await Read(Collection(Enumerable.Repeat(bad, AreaLimits.MaxReportedFeatures + 5).ToArray()));
        Assert.Equal(AreaLimits.MaxReportedFeatures + 1, result.Errors.Errors.Count);
        Assert.Contains("5 autres entités", result.Errors.Errors["features"][0]);
    }

    [Fact]
    public async Task Read_ItemThatIsNotAFeature_IsReportedByIndex() =>
        await SingleError(Collection(Feature(Polygon(Square)), "42"), "features[1]");
}
