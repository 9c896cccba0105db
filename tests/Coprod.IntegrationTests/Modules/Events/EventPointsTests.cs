using System.Net;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Territory;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-5: the map's compact points — who reads which, the list's filters, events without a point.</summary>
public sealed class EventPointsTests(AppFactory app)
{
    private static string Points(EventsWorld world, string query = "") => $"{world.Base}/points{query}";

    private static Dictionary<string, object?> CommuneOnly(string category = "tags")
    {
        var report = With(With(Report(category, "Faible"), "latitude", null), "longitude", null);
        report["commune"] = Grenoble;
        return report;
    }

    [Fact]
    public async Task Points_AsPartner_ReturnEveryLocatedEvent_AsCompactRows_AndCountTheOthers()
    {
        var world = await CreateAsync(app);
        var occurred = DateTimeOffset.UtcNow.AddHours(-2);
        var rodeo = await world.ReportOkAsync(world.Mediator, With(Report("rodeo", "TresGrave"), "occurredAt", occurred));
        await world.ReportOkAsync(world.Police, Report("incendie"));
        await world.ReportOkAsync(world.Police, CommuneOnly());

        var body = await OkAsync<JsonElement>(await world.Police.GetAsync(Points(world), Ct));

        Assert.Equal(["id", "lon", "lat", "category", "severity", "occurredAt"], body.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, body.GetProperty("count").GetInt32());
        Assert.Equal(1, body.GetProperty("withoutPoint").GetInt32());
        Assert.Equal(200_000, body.GetProperty("limit").GetInt32());
        var categories = body.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        var rows = body.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var oldest = rows[1].EnumerateArray().ToArray();
        Assert.Equal(rodeo.GetProperty("id").GetGuid(), oldest[0].GetGuid());
        Assert.Equal(TerritoryTestData.Lon, oldest[1].GetDouble());
        Assert.Equal(TerritoryTestData.Lat, oldest[2].GetDouble());
        Assert.Equal("rodeo", categories[oldest[3].GetInt32()]);
        Assert.Equal(4, oldest[4].GetInt32());
        Assert.Equal(occurred.ToUnixTimeSeconds(), oldest[5].GetInt64());
        Assert.Equal("incendie", categories[rows[0][3].GetInt32()]);
    }

    [Fact]
    public async Task Points_AsFieldAgent_AreOnlyTheirOwnReports_WhenNothingIsRoutedToThem()
    {
        var world = await CreateAsync(app);
        var mine = await world.ReportOkAsync(world.Mediator);
        await world.ReportOkAsync(world.Police, Report("trafic"));
        await world.ReportOkAsync(world.Police, CommuneOnly());

        var body = await OkAsync<JsonElement>(await world.Mediator.GetAsync(Points(world), Ct));

        Assert.Equal(mine.GetProperty("id").GetGuid(), Assert.Single(body.GetProperty("points").EnumerateArray())[0].GetGuid());
        Assert.Equal(0, body.GetProperty("withoutPoint").GetInt32());
    }

    [Fact]
    public async Task Points_AsFieldAgent_IncludeTheEventsRoutedToThem()
    {
        var world = await CreateAsync(app);
        await world.RuleOkAsync(RoutingTestData.Rule([world.Mediation.Id], categories: ["rodeo"]));
        var routed = await world.ReportOkAsync(world.Police, Report("rodeo"));
        await world.ReportOkAsync(world.Police, Report("trafic"));

        var body = await OkAsync<JsonElement>(await world.Mediator.GetAsync(Points(world), Ct));

        Assert.Equal(routed.GetProperty("id").GetGuid(), Assert.Single(body.GetProperty("points").EnumerateArray())[0].GetGuid());
    }

    [Fact]
    public async Task Points_UseTheListsFilters()
    {
        var world = await CreateAsync(app);
        await world.ReportOkAsync(world.Police, Report("rodeo", "Grave"));
        await world.ReportOkAsync(world.Police, With(Report("tags", "Faible"), "occurredAt", DateTimeOffset.UtcNow.AddDays(-10)));
        await world.ReportOkAsync(world.Police, CommuneOnly("rodeo"));

        async Task<(int Count, int WithoutPoint)> CountsAsync(string query)
        {
            var body = await OkAsync<JsonElement>(await world.Police.GetAsync(Points(world, "?" + query), Ct));
            return (body.GetProperty("count").GetInt32(), body.GetProperty("withoutPoint").GetInt32());
        }

        Assert.Equal((1, 1), await CountsAsync("category=rodeo"));
        Assert.Equal((2, 0), await CountsAsync($"areaId={world.QuartierId}"));
        Assert.Equal((1, 0), await CountsAsync("minSeverity=Grave"));
        Assert.Equal((0, 1), await CountsAsync($"commune={Grenoble}"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal((1, 1), await CountsAsync($"from={today.AddDays(-2):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData("from=2025-13-01", "from")]
    [InlineData("from=2025-06-10&to=2025-06-01", "to")]
    [InlineData("category=inconnue", "category")]
    [InlineData("bbox=5.7,45.1,5.6", "bbox")]
    [InlineData("areaId=pas-un-guid", "areaId")]
    [InlineData("minSeverity=Enorme", "minSeverity")]
    public async Task Points_WithABadFilter_Return400WithTheListsMessage(string query, string field)
    {
        var world = await CreateAsync(app);
        var points = await ProblemAsync(await world.Police.GetAsync(Points(world, "?" + query), Ct), HttpStatusCode.BadRequest, field);
        var list = await ProblemAsync(await world.Police.GetAsync($"{world.Base}?{query}", Ct), HttpStatusCode.BadRequest, field);
        Assert.Equal(list.GetProperty("errors").GetProperty(field).ToString(), points.GetProperty("errors").GetProperty(field).ToString());
    }

    [Fact]
    public async Task Points_OfAnotherPartnership_Return403()
    {
        var world = await CreateAsync(app);
        var other = await CreateAsync(app);
        await other.ReportOkAsync(other.Police);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Police.GetAsync(Points(other), Ct)).StatusCode);
    }
}
