using System.Net;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Territory;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>
/// EVT-5: the GeoJSON and CSV exports. The GeoJSON is checked twice: read back by
/// NetTopologySuite's GeoJSON reader (a real parser, already a dependency), and against the rules
/// of RFC 7946 that a lenient reader lets through — member types, longitude before latitude, no
/// <c>crs</c>. A JSON-schema validator would need node and npm packages in the .NET test run, for
/// no more than these checks cover.
/// </summary>
public sealed class ExportEventsTests(AppFactory app)
{
    private static string Exports(EventsWorld world, string format, string query = "") => $"/api/v1/partnerships/{world.Partnership.Id}/events.{format}{query}";

    private static async Task<EventsWorld> WorldWithEventsAsync(AppFactory app)
    {
        var world = await CreateAsync(app);
        await world.ReportOkAsync(world.Police, Report("rodeo", description: "=1+2 formule ; \"citée\"\nsur deux lignes"));
        var communeOnly = With(With(Report("tags", "Faible"), "latitude", null), "longitude", null);
        communeOnly["commune"] = Grenoble;
        await world.ReportOkAsync(world.Police, communeOnly);
        return world;
    }

    [Fact]
    public async Task GeoJson_IsAValidRfc7946FeatureCollection()
    {
        var world = await WorldWithEventsAsync(app);
        var response = await world.Police.GetAsync(Exports(world, "geojson"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync(Ct);

        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var collection = JsonSerializer.Deserialize<FeatureCollection>(text, options)!;
        Assert.Equal(2, collection.Count);
        var point = Assert.IsType<Point>(collection.Single(f => f.Geometry is not null).Geometry);
        Assert.Equal((TerritoryTestData.Lon, TerritoryTestData.Lat), (point.X, point.Y));

        var root = JsonDocument.Parse(text).RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.False(feature.TryGetProperty("crs", out _));
            var properties = feature.GetProperty("properties");
            foreach (var name in new[] { "id", "category", "categoryLabel", "severity", "occurredAt", "commune", "communeName", "areaId", "areaName", "description", "reportingInstitution" })
            {
                Assert.True(properties.TryGetProperty(name, out _), name);
            }
            var geometry = feature.GetProperty("geometry");
            if (geometry.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(Grenoble, properties.GetProperty("commune").GetString());
                continue;
            }
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var coordinates = geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
            Assert.Equal(2, coordinates.Length);
            // Longitude first: within metropolitan France, longitudes are -5.5..10 and latitudes 41..51.5.
            Assert.InRange(coordinates[0], -5.5, 10);
            Assert.InRange(coordinates[1], 41, 51.5);
            Assert.Equal("Police municipale", properties.GetProperty("reportingInstitution").GetString());
        }
    }

    [Fact]
    public async Task Exports_UseTheListsFilters()
    {
        var world = await WorldWithEventsAsync(app);
        var geo = JsonDocument.Parse(await world.Police.GetStringAsync(Exports(world, "geojson", "?category=tags"), Ct)).RootElement;
        var feature = Assert.Single(geo.GetProperty("features").EnumerateArray());
        Assert.Equal("tags", feature.GetProperty("properties").GetProperty("category").GetString());
        Assert.Single(ReadCsv(await world.Police.GetByteArrayAsync(Exports(world, "csv", $"?bbox=5.7,45.1,5.75,45.2"), Ct)).Rows);
    }

    [Fact]
    public async Task Exports_AsFieldAgent_HoldOnlyTheEventsTheyMayRead()
    {
        var world = await WorldWithEventsAsync(app);
        await world.ReportOkAsync(world.Mediator, Report("regroupement"));
        var geo = JsonDocument.Parse(await world.Mediator.GetStringAsync(Exports(world, "geojson"), Ct)).RootElement;
        Assert.Equal("regroupement", Assert.Single(geo.GetProperty("features").EnumerateArray()).GetProperty("properties").GetProperty("category").GetString());
        Assert.Single(ReadCsv(await world.Mediator.GetByteArrayAsync(Exports(world, "csv"), Ct)).Rows);
    }

    [Theory]
    [InlineData("geojson")]
    [InlineData("csv")]
    public async Task Exports_WithABadFilter_Return400_AndToOthers403(string format)
    {
        var world = await WorldWithEventsAsync(app);
        await ProblemAsync(await world.Police.GetAsync(Exports(world, format, "?category=soucoupe"), Ct), HttpStatusCode.BadRequest, "category");
        var other = await CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Police.GetAsync(Exports(world, format), Ct)).StatusCode);
    }

    [Fact]
    public async Task Csv_IsForFrenchExcel_AndReadsBackWithCsvHelper()
    {
        var world = await WorldWithEventsAsync(app);
        var response = await world.Police.GetAsync(Exports(world, "csv"), Ct);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        var (headers, rows) = ReadCsv(bytes);
        Assert.Equal(["identifiant", "categorie", "libelle_categorie", "gravite", "date", "date_iso", "latitude", "longitude", "commune", "nom_commune",
            "secteur", "description", "institution", "reference", "source"], headers);
        var rodeo = rows.Single(r => r["categorie"] == "rodeo");
        Assert.Equal("'=1+2 formule ; \"citée\"\nsur deux lignes", rodeo["description"]);
        Assert.Equal("45,145", rodeo["latitude"]);
        Assert.Equal("Quartier test", rodeo["secteur"]);
        Assert.Equal("Grave", rodeo["gravite"]);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", rodeo["date"]);
        Assert.Equal("Grenoble", rows.Single(r => r["categorie"] == "tags")["nom_commune"]);
    }

    [Fact]
    public async Task Csv_Export_ImportsBackWithoutErrors()
    {
        var world = await WorldWithEventsAsync(app);
        var csv = await world.Police.GetByteArrayAsync(Exports(world, "csv"), Ct);
        var preview = await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Police, csv, dryRun: true));
        Assert.Equal(2, preview.GetProperty("count").GetInt32());
        Assert.Equal(0, preview.GetProperty("rowsWithErrors").GetInt32());
    }

    [Fact]
    public async Task Csv_ExportedInEnglish_ImportsBackInFrenchWithTheSameSeverities()
    {
        var world = await WorldWithEventsAsync(app);
        var csv = await world.Police.GetByteArrayAsync(Exports(world, "csv", "?culture=en-GB&ui-culture=en-GB"), Ct);
        Assert.Equal("Serious", ReadCsv(csv).Rows.Single(r => r["categorie"] == "rodeo")["gravite"]);
        var preview = await OkAsync<JsonElement>(await world.ImportCsvAsync(world.Police, csv, dryRun: true));
        Assert.Equal(0, preview.GetProperty("rowsWithErrors").GetInt32());
        var rodeo = preview.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "rodeo");
        Assert.Equal("Grave", rodeo.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Exports_OfThousandsOfEvents_AreStreamedWhole()
    {
        var world = await CreateAsync(app);
        await OkAsync<JsonElement>(await world.PostBatchAsync(world.Police, IngestTestData.Reports(3000)), HttpStatusCode.Created);
        Assert.Equal(3000, ReadCsv(await world.Police.GetByteArrayAsync(Exports(world, "csv"), Ct)).Rows.Count);
        var geo = JsonDocument.Parse(await world.Police.GetStringAsync(Exports(world, "geojson"), Ct)).RootElement;
        Assert.Equal(3000, geo.GetProperty("features").GetArrayLength());
    }

    private static (List<string> Headers, List<Dictionary<string, string>> Rows) ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ';', MalformedData = CsvMalformedDataHandling.Throw });
        var headers = reader.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(headers.Select((h, i) => (h, reader.GetString(i))).ToDictionary(x => x.h, x => x.Item2));
        }
        return (headers, rows);
    }
}
