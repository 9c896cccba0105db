using System.Net;
using System.Text;
using System.Text.Json;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.Modules.Territory.TerritoryTestData;

namespace Coprod.IntegrationTests.Modules.Territory;

public sealed class ImportAreasTests(AppFactory app)
{
    private const string Untouched = """{"areas":[],"revision":null,"audit":0}""";

    [Fact]
    public async Task Import_AsCoordinator_StoresTheAreasAndAuditsWithoutNames()
    {
        var (partnership, user, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var response = await client.ImportAsync(partnership.Id, Collection(
            Area("Village 2", "qpv", code: "QN03812M", validFrom: "2024-01-01"),
            Area("Centre", "Quartier", lon: 5.70)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(2, body.GetProperty("created").GetInt32());
        Assert.Equal(0, body.GetProperty("closed").GetInt32());
        var areas = await app.WithDbAsync(db => db.Set<Area>().AsNoTracking().Where(a => a.PartnershipId == partnership.Id)
            .OrderBy(a => a.Name).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["Centre", "Village 2"], areas.Select(a => a.Name));
        Assert.Equal((AreaKind.Qpv, "QN03812M", new DateOnly(2024, 1, 1)), (areas[1].Kind, areas[1].Code, areas[1].ValidFrom));
        Assert.True(AreaGeometry.FromWkb(areas[1].Geometry).Contains(AreaGeometry.Services.CreateGeometryFactory().CreatePoint(new NetTopologySuite.Geometries.Coordinate(Lon, Lat))));
        var audit = Assert.Single(await app.AuditAsync(partnership.Id));
        Assert.Equal((AuditEventType.AreasImported, user.Id), (audit.Type, audit.ActorId));
        Assert.DoesNotContain("Village", audit.Details);
    }

    [Fact]
    public async Task Import_SameArea_ClosesThePreviousVersionInsteadOfDeletingIt()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var first = (await client.ImportOkAsync(partnership.Id, Area("Centre", validFrom: "2020-01-01")))[0];

        var response = await client.ImportAsync(partnership.Id, Collection(Area("centre", validFrom: "2025-03-01", half: 0.006)));

        Assert.Equal(1, (await JsonAsync(response)).GetProperty("closed").GetInt32());
        var old = await app.WithDbAsync(db => db.Set<Area>().AsNoTracking().SingleAsync(a => a.Id == first, TestContext.Current.CancellationToken));
        Assert.Equal(new DateOnly(2025, 2, 28), old.ValidUntil);
    }

    [Theory]
    [InlineData(PartnershipRole.Partenaire)]
    [InlineData(PartnershipRole.President)]
    [InlineData(PartnershipRole.Agent)]
    public async Task Import_AsPlainMember_ReturnsForbidden(PartnershipRole role)
    {
        var (partnership, _, client) = await app.MemberAsync(role);
        var before = await app.StateAsync(partnership.Id);
        var response = await client.ImportAsync(partnership.Id, Collection(Area("Centre")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.StateAsync(partnership.Id));
    }

    [Fact]
    public async Task Import_AsCoordinatorOfAnotherPartnership_ReturnsForbidden()
    {
        var (_, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var other = await app.CreatePartnershipAsync();
        var response = await client.ImportAsync(other.Id, Collection(Area("Centre")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(Untouched, await app.StateAsync(other.Id));
    }

    [Fact]
    public async Task Import_Anonymous_ReturnsUnauthorized()
    {
        var partnership = await app.CreatePartnershipAsync();
        var response = await app.Anonymous().ImportAsync(partnership.Id, Collection(Area("Centre")));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "malformed JSON", """{"type":"FeatureCollection","features":[""", "body" },
        { "empty body", "", "body" },
        { "not GeoJSON", """{"hello":"world"}""", "type" },
        { "a point", Collection(AreaWith(new { type = "Point", coordinates = new[] { Lon, Lat } })), "features[0].geometry" },
        { "self-intersecting polygon", Collection(Area("Bon"), AreaWith(new { type = "Polygon", coordinates = new[] { new[] {
            new[] { 5.70, 45.14 }, [5.71, 45.15], [5.71, 45.14], [5.70, 45.15], [5.70, 45.14] } } })), "features[1].geometry" },
        { "unknown commune", Collection(Area("Centre", commune: "99999")), "features[0].properties.commune" },
        { "commune outside the partnership", Collection(Area("Centre", commune: "38421")), "features[0].properties.commune" },
        { "unknown kind", Collection(Area("Centre", kind: "ilot")), "features[0].properties.kind" },
        { "missing name", Collection(Area("")), "features[0].properties.name" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_BadFile_ReturnsValidationProblemAndChangesNothing(string why, string body, string field)
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        await client.ImportOkAsync(partnership.Id, Area("Existante", validFrom: "2020-01-01"));
        var before = await app.StateAsync(partnership.Id);

        var errors = await ValidationErrorsAsync(await client.ImportAsync(partnership.Id, body));

        Assert.True(errors.ContainsKey(field), $"{why}: {JsonSerializer.Serialize(errors)}");
        Assert.Equal(before, await app.StateAsync(partnership.Id));
    }

    [Fact]
    public async Task Import_OneBadFeatureAmongGoodOnes_WritesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var errors = await ValidationErrorsAsync(await client.ImportAsync(partnership.Id, Collection(
            Area("A"), Area("B", lon: 5.73), Area("C", commune: "38185"), Area("D", kind: "quartier", lon: 5.74))));
        Assert.Equal(["features[2].properties.commune"], errors.Keys);
        Assert.Contains("ne fait pas partie de ce partenariat", errors["features[2].properties.commune"][0]);
        Assert.Equal(Untouched, await app.StateAsync(partnership.Id));
    }

    [Fact]
    public async Task Import_BodyOver10MiB_ReturnsPayloadTooLargeProblemAndChangesNothing()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var json = Collection(Area("Centre"));
        var padded = json[..^1] + new string(' ', (int)AreaLimits.ImportBytes) + "}";
        var response = await client.PostAsync($"/api/v1/partnerships/{partnership.Id}/areas/import",
            new ByteArrayContent(Encoding.UTF8.GetBytes(padded)), TestContext.Current.CancellationToken);
        await ApiAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(Untouched, await app.StateAsync(partnership.Id));
    }

    [Fact]
    public async Task Import_BodyOver1MiBButUnder10MiB_IsAccepted()
    {
        var (partnership, _, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var json = Collection(Area("Centre"));
        var padded = json[..^1] + new string(' ', 2 * 1024 * 1024) + "}";
        var response = await client.ImportAsync(partnership.Id, padded);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
