using System.Net;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-5: the list with its filters, and who reads which events.</summary>
public sealed class ReadEventsTests(AppFactory app)
{
    [Fact]
    public async Task List_AsPartner_SeesEveryEvent_NewestFirst_WithTotal()
    {
        var world = await CreateAsync(app);
        await world.ReportOkAsync(world.Mediator, With(Report("tags"), "occurredAt", DateTimeOffset.UtcNow.AddDays(-3)));
        await world.ReportOkAsync(world.Coordinator, Report("incendie"));

        var page = await OkAsync<JsonElement>(await world.Police.GetAsync(world.Base, Ct));
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(["incendie", "tags"], page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task List_AsFieldAgent_SeesOnlyTheirOwnReports_WhenNothingIsRoutedToThem()
    {
        var world = await CreateAsync(app);
        var mine = await world.ReportOkAsync(world.Mediator);
        var others = await world.ReportOkAsync(world.Police, Report("trafic"));

        var page = await OkAsync<JsonElement>(await world.Mediator.GetAsync(world.Base, Ct));
        Assert.Equal(mine.GetProperty("id").GetGuid(), Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var response = await world.Mediator.GetAsync($"{world.Base}/{others.GetProperty("id").GetGuid()}", Ct);
        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_FiltersByCategoryPeriodCommuneAreaSeverityAndBox()
    {
        var world = await CreateAsync(app);
        await world.ReportOkAsync(world.Police, Report("rodeo", "Grave"));
        await world.ReportOkAsync(world.Police, With(Report("tags", "Faible"), "occurredAt", DateTimeOffset.UtcNow.AddDays(-10)));
        var inGrenoble = With(With(Report("rodeo", "Moyenne"), "latitude", null), "longitude", null);
        inGrenoble["commune"] = Grenoble;
        await world.ReportOkAsync(world.Police, inGrenoble);

        async Task<int> TotalAsync(string query) =>
            (await OkAsync<JsonElement>(await world.Police.GetAsync($"{world.Base}?{query}", Ct))).GetProperty("total").GetInt32();

        Assert.Equal(2, await TotalAsync("category=rodeo"));
        Assert.Equal(3, await TotalAsync("category=rodeo,tags"));
        Assert.Equal(1, await TotalAsync($"commune={Grenoble}"));
        Assert.Equal(2, await TotalAsync($"areaId={world.QuartierId}"));
        Assert.Equal(1, await TotalAsync("minSeverity=Grave"));
        Assert.Equal(2, await TotalAsync("bbox=5.7,45.1,5.75,45.2"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(2, await TotalAsync($"from={today.AddDays(-2):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}"));
    }

    [Theory]
    [InlineData("from=2025-13-01", "from")]
    [InlineData("from=2025-06-10&to=2025-06-01", "to")]
    [InlineData("category=inconnue", "category")]
    [InlineData("bbox=5.7,45.1,5.6", "bbox")]
    [InlineData("bbox=5.8,45.1,5.7,45.2", "bbox")]
    [InlineData("areaId=pas-un-guid", "areaId")]
    [InlineData("minSeverity=Enorme", "minSeverity")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task List_WithABadFilter_Returns400(string query, string field)
    {
        var world = await CreateAsync(app);
        await ProblemAsync(await world.Police.GetAsync($"{world.Base}?{query}", Ct), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task List_AndGet_FromAnotherPartnership_Return403()
    {
        var world = await CreateAsync(app);
        var other = await CreateAsync(app);
        var created = await other.ReportOkAsync(other.Police);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Police.GetAsync(other.Base, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Police.GetAsync($"{other.Base}/{created.GetProperty("id").GetGuid()}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Get_AsPartner_ReturnsTheEvent()
    {
        var world = await CreateAsync(app);
        var created = await world.ReportOkAsync(world.Mediator);
        var read = await OkAsync<JsonElement>(await world.Police.GetAsync($"{world.Base}/{created.GetProperty("id").GetGuid()}", Ct));
        Assert.False(read.GetProperty("reportedByMe").GetBoolean());
        Assert.Equal("Trois motos tournent autour du parking.", read.GetProperty("description").GetString());
    }
}
