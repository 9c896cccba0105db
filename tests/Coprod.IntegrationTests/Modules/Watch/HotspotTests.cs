using System.Net;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Events;
using Coprod.IntegrationTests.Modules.Territory;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Watch.HotspotTestData;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>VEI-3: hotspots (Gi*) and kernel density through the API — the figures, who may ask, bad requests, determinism.</summary>
public sealed class HotspotTests(AppFactory app)
{
    [Fact]
    public async Task Hotspots_AClusterInOneCell_IsHot_WithTheHandComputedZ()
    {
        var world = await ClusterWorldAsync(app);

        var map = await OkAsync<JsonElement>(await world.Police.GetAsync(world.Hotspots("?category=rodeo"), Ct));

        // 100 cells, values 8, 1, 1 and 0 elsewhere: mean 0.1, S = √(66/100 − 0.01) = 0.8062. The cluster's cell and its
        // 8 neighbours all see W = 9 cells summing to 8: Gi* = (8 − 0.1·9) / (0.8062·√((100·9 − 81)/99)) = 3.062, p = 0.002.
        var summary = map.GetProperty("summary");
        Assert.Equal(10, summary.GetProperty("points").GetInt32());
        Assert.Equal(100, summary.GetProperty("cellsAnalysed").GetInt32());
        Assert.Equal(0.1, summary.GetProperty("mean").GetDouble(), 9);
        Assert.Equal(Math.Sqrt(0.65), summary.GetProperty("standardDeviation").GetDouble(), 9);
        Assert.Equal((9, 0), (summary.GetProperty("hot").GetInt32(), summary.GetProperty("cold").GetInt32()));
        var features = map.GetProperty("cells").GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(9, features.Count);
        var expectedZ = 7.1 / (Math.Sqrt(0.65) * Math.Sqrt(819.0 / 99));
        foreach (var feature in features)
        {
            var properties = feature.GetProperty("properties");
            Assert.Equal("Hot99", properties.GetProperty("class").GetString());
            Assert.Equal(3, properties.GetProperty("bin").GetInt32());
            Assert.Equal(expectedZ, properties.GetProperty("z").GetDouble(), 9);
            Assert.InRange(properties.GetProperty("p").GetDouble(), 0.002, 0.0023);
        }
        Assert.Equal(Cluster, features.Single(f => f.GetProperty("id").GetString() == "5:5").GetProperty("properties").GetProperty("count").GetInt32());
        var parameters = map.GetProperty("parameters");
        Assert.Equal((200.0, 200 * Math.Sqrt(2), "points"), (parameters.GetProperty("cell").GetDouble(), parameters.GetProperty("band").GetDouble(),
            parameters.GetProperty("extent").GetString()));
        Assert.Equal(["rodeo"], parameters.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.InRange(DateOnly.Parse(parameters.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture), today.AddDays(-1), today.AddDays(1));
        Assert.Equal(89, DateOnly.Parse(parameters.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayNumber
            - DateOnly.Parse(parameters.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture).DayNumber);
    }

    [Fact]
    public async Task Hotspots_Cells_AreAValidRfc7946FeatureCollection()
    {
        var world = await ClusterWorldAsync(app);
        var text = await (await world.Coordinator.GetAsync(world.Hotspots(), Ct)).Content.ReadAsStringAsync(Ct);
        var cells = JsonDocument.Parse(text).RootElement.GetProperty("cells");

        var collection = JsonSerializer.Deserialize<FeatureCollection>(cells.GetRawText(), new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } })!;
        Assert.NotEmpty(collection);
        Assert.Equal("FeatureCollection", cells.GetProperty("type").GetString());
        Assert.False(cells.TryGetProperty("crs", out _));
        foreach (var feature in collection)
        {
            var polygon = Assert.IsType<Polygon>(feature.Geometry);
            Assert.True(polygon.IsValid);
            Assert.Equal(5, polygon.ExteriorRing.NumPoints);
            Assert.True(Orientation.IsCCW(polygon.ExteriorRing.CoordinateSequence), "exterior rings are counter-clockwise (RFC 7946 §3.1.6)");
            Assert.InRange(polygon.Centroid.X, 5.6, 5.8);
            Assert.InRange(polygon.Centroid.Y, 45.1, 45.2);
        }
    }

    [Fact]
    public async Task Density_PeaksOnTheCluster_WithTheHandComputedValue()
    {
        var world = await ClusterWorldAsync(app);

        var map = await OkAsync<JsonElement>(await world.Police.GetAsync(world.Density("?category=rodeo&bandwidth=400"), Ct));

        // The eight events lie about 2 m from the centre of cell (5, 5): 10⁶ · 8 · 3 / (π · 400²) · (1 − d²/h²)² ≈ 47.7 per km².
        var top = map.GetProperty("cells").GetProperty("features").EnumerateArray().MaxBy(f => f.GetProperty("properties").GetProperty("density").GetDouble());
        Assert.Equal("5:5", top.GetProperty("id").GetString());
        Assert.Equal(1e6 * 8 * 3 / (Math.PI * 400 * 400), top.GetProperty("properties").GetProperty("density").GetDouble(), 0.1);
        Assert.Equal(top.GetProperty("properties").GetProperty("density").GetDouble(), map.GetProperty("summary").GetProperty("maxDensity").GetDouble());
        Assert.Equal(400, map.GetProperty("parameters").GetProperty("bandwidth").GetDouble());
        Assert.All(map.GetProperty("cells").GetProperty("features").EnumerateArray(), f => Assert.True(f.GetProperty("properties").GetProperty("density").GetDouble() > 0));
    }

    [Fact]
    public async Task HotspotsAndDensity_CalledTwice_ReturnIdenticalBytes()
    {
        var world = await ClusterWorldAsync(app);
        foreach (var url in new[] { world.Hotspots("?cell=100&from=2020-01-01"), world.Density("?cell=150") })
        {
            var first = await (await world.Police.GetAsync(url, Ct)).Content.ReadAsByteArrayAsync(Ct);
            var second = await (await world.Coordinator.GetAsync(url, Ct)).Content.ReadAsByteArrayAsync(Ct);
            Assert.True(first.Length > 100);
            Assert.Equal(first, second);
        }
    }

    [Fact]
    public async Task Hotspots_WithCommuneOutlines_GridTheTerritory_AndCountThePointsOutside()
    {
        var world = await ClusterWorldAsync(app);
        await OkAsync<JsonElement>(await world.PostAsync(world.Police, At(0.05, 0)), HttpStatusCode.Created);
        await world.Coordinator.ImportOkAsync(world.Partnership.Id, TerritoryTestData.Area("Contour communal", "commune", half: 0.02, validFrom: "2024-01-01"));

        var map = await OkAsync<JsonElement>(await world.Police.GetAsync(world.Hotspots(), Ct));

        Assert.Equal("communes", map.GetProperty("parameters").GetProperty("extent").GetString());
        Assert.Equal(13, map.GetProperty("summary").GetProperty("points").GetInt32());
        Assert.Equal(1, map.GetProperty("summary").GetProperty("pointsOutside").GetInt32());
    }

    [Fact]
    public async Task HotspotsAndDensity_AsFieldAgent_Return403()
    {
        var world = await ClusterWorldAsync(app);
        await ProblemAsync(await world.Mediator.GetAsync(world.Hotspots(), Ct), HttpStatusCode.Forbidden);
        await ProblemAsync(await world.Mediator.GetAsync(world.Density(), Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task HotspotsAndDensity_OfAnotherPartnership_Return403()
    {
        var world = await EventsWorld.CreateAsync(app);
        var other = await ClusterWorldAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.GetAsync(other.Hotspots(), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.GetAsync(other.Density(), Ct)).StatusCode);
    }

    [Theory]
    [InlineData("hotspots", "from=2025-13-01", "from")]
    [InlineData("hotspots", "from=2025-06-10&to=2025-06-01", "to")]
    [InlineData("hotspots", "from=2999-01-01", "from")]
    [InlineData("hotspots", "category=inconnue", "category")]
    [InlineData("hotspots", "cell=deux-cents", "cell")]
    [InlineData("hotspots", "cell=-5", "cell")]
    [InlineData("hotspots", "band=large", "band")]
    [InlineData("density", "to=hier", "to")]
    [InlineData("density", "cell=NaN", "cell")]
    [InlineData("density", "bandwidth=1e999", "bandwidth")]
    public async Task WithABadQuery_Return400(string route, string query, string field)
    {
        var world = await EventsWorld.CreateAsync(app);
        await ProblemAsync(await world.Police.GetAsync($"/api/v1/partnerships/{world.Partnership.Id}/{route}?{query}", Ct), HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("hotspots?cell=10", "La maille doit mesurer entre 50 et")]
    [InlineData("hotspots?cell=200&band=100", "Le voisinage doit mesurer entre 200 et")]
    [InlineData("density?cell=100&bandwidth=9000", "Le rayon de lissage doit mesurer entre 100 et")]
    [InlineData("hotspots?cell=50&from=2020-01-01", "La grille compterait")]
    public async Task WithAGridThatCannotBeComputed_Return422_WithTheSentence(string route, string detail)
    {
        var world = await ClusterWorldAsync(app);
        await world.ReportOkAsync(world.Police, At(0.5, 0.3));
        var problem = await ProblemAsync(await world.Police.GetAsync($"/api/v1/partnerships/{world.Partnership.Id}/{route}", Ct), HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hotspots_WithNoEventAndNoOutline_Return422()
    {
        var world = await EventsWorld.CreateAsync(app);
        var problem = await ProblemAsync(await world.Police.GetAsync(world.Hotspots(), Ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Aucun événement et aucun contour : il n'y a rien à cartographier.", problem.GetProperty("detail").GetString());
    }
}
