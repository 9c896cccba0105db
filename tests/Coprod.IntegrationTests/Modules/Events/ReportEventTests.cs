using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Territory;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-1 and REL-1: reporting an event, placed by point-in-polygon, anonymous, never duplicated by a retry.</summary>
public sealed class ReportEventTests(AppFactory app)
{
    [Fact]
    public async Task Report_AsFieldAgent_WithAPoint_PlacesItInItsCommuneAndQuartier()
    {
        var world = await CreateAsync(app);
        var created = await world.ReportOkAsync(world.Mediator);

        Assert.Equal("rodeo", created.GetProperty("category").GetString());
        Assert.Equal("Rodéo motorisé", created.GetProperty("categoryLabel").GetString());
        Assert.Equal(Echirolles, created.GetProperty("commune").GetString());
        Assert.Equal("Échirolles", created.GetProperty("communeName").GetString());
        Assert.Equal(world.QuartierId, created.GetProperty("areaId").GetGuid());
        Assert.Equal("Quartier test", created.GetProperty("areaName").GetString());
        Assert.Equal("Médiation de nuit", created.GetProperty("reportingInstitution").GetString());
        Assert.True(created.GetProperty("reportedByMe").GetBoolean());
        Assert.Equal(1, await world.CountAsync());
    }

    [Fact]
    public async Task Report_WithOnlyACommune_IsAccepted_WithoutArea()
    {
        var world = await CreateAsync(app);
        var report = With(With(Report(), "latitude", null), "longitude", null);
        report["commune"] = Grenoble;
        var created = await world.ReportOkAsync(world.Police, report);
        Assert.Equal(Grenoble, created.GetProperty("commune").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("areaId").ValueKind);
    }

    [Fact]
    public async Task Report_WithAnArea_TakesTheAreasCommune()
    {
        var world = await CreateAsync(app);
        var report = With(With(Report(), "latitude", null), "longitude", null);
        report["areaId"] = world.QuartierId;
        var created = await world.ReportOkAsync(world.Police, report);
        Assert.Equal(Echirolles, created.GetProperty("commune").GetString());
        Assert.Equal(world.QuartierId, created.GetProperty("areaId").GetGuid());
    }

    [Fact]
    public async Task Report_RetriedWithTheSameIdempotencyKey_ReturnsTheFirstEvent_AndStoresOne()
    {
        var world = await CreateAsync(app);
        var report = Report();
        var key = Guid.NewGuid().ToString();
        var first = await OkAsync<JsonElement>(await world.PostAsync(world.Mediator, report, key), HttpStatusCode.Created);
        var second = await OkAsync<JsonElement>(await world.PostAsync(world.Mediator, report, key), HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(1, await world.CountAsync());
    }

    [Fact]
    public async Task Report_RetriedWithItsKeyAfterItsCategoryWasRetired_StillReturnsTheFirstEvent()
    {
        var world = await CreateAsync(app);
        var report = Report("tags");
        var key = Guid.NewGuid().ToString();
        var first = await OkAsync<JsonElement>(await world.PostAsync(world.Mediator, report, key), HttpStatusCode.Created);
        var categories = await OkAsync<JsonElement>(await world.Coordinator.GetAsync($"{world.Base}/categories", Ct));
        var tags = categories.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "tags");
        await OkAsync<JsonElement>(await world.Coordinator.PutAsJsonAsync($"{world.Base}/categories/{tags.GetProperty("id").GetGuid()}",
            new { label = "Tags", isActive = false, version = tags.GetProperty("version").GetGuid() }, Ct));

        var again = await OkAsync<JsonElement>(await world.PostAsync(world.Mediator, report, key), HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        await ProblemAsync(await world.PostAsync(world.Mediator, report, Guid.NewGuid().ToString()), HttpStatusCode.BadRequest, "category");
        Assert.Equal(1, await world.CountAsync());
    }

    [Fact]
    public async Task Report_SentTenTimesAtOnceWithOneKey_StoresOneEvent()
    {
        var world = await CreateAsync(app);
        var report = Report();
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => world.PostAsync(world.Mediator, report, key)));
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await OkAsync<JsonElement>(response, HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }
        Assert.Single(ids);
        Assert.Equal(1, await world.CountAsync());
    }

    [Fact]
    public async Task Report_SameKeyWithAnotherReport_Returns400_AndStoresNothingMore()
    {
        var world = await CreateAsync(app);
        var key = Guid.NewGuid().ToString();
        await OkAsync<JsonElement>(await world.PostAsync(world.Mediator, Report(), key), HttpStatusCode.Created);
        await ProblemAsync(await world.PostAsync(world.Mediator, Report("incendie"), key), HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Equal(1, await world.CountAsync());
    }

    [Fact]
    public async Task Report_TheSameKeyFromTwoReporters_CreatesTwoEvents()
    {
        var world = await CreateAsync(app);
        var key = Guid.NewGuid().ToString();
        await OkAsync<JsonElement>(await world.PostAsync(world.Mediator, Report(), key), HttpStatusCode.Created);
        await OkAsync<JsonElement>(await world.PostAsync(world.Police, Report(), key), HttpStatusCode.Created);
        Assert.Equal(2, await world.CountAsync());
    }

    public static TheoryData<string, object?, string> BadReports => new()
    {
        { "category", null, "category" },
        { "category", "soucoupe-volante", "category" },
        { "severity", null, "severity" },
        { "severity", "Apocalyptique", "" },
        { "occurredAt", null, "occurredAt" },
        { "occurredAt", DateTimeOffset.UtcNow.AddDays(2), "occurredAt" },
        { "occurredAt", DateTimeOffset.UtcNow.AddYears(-2), "occurredAt" },
        { "latitude", 123.4, "latitude" },
        { "longitude", null, "longitude" },
        { "commune", "75056", "commune" },
        { "commune", Grenoble, "commune" },
        { "description", new string('x', 2001), "description" },
        { "idempotency-key-too-long", null, "Idempotency-Key" },
    };

    [Theory]
    [MemberData(nameof(BadReports))]
    public async Task Report_WithBadInput_Returns400_AndStoresNothing(string field, object? value, string errorField)
    {
        var world = await CreateAsync(app);
        var response = field == "idempotency-key-too-long"
            ? await world.PostAsync(world.Mediator, Report(), new string('k', 101))
            : await world.PostAsync(world.Mediator, With(Report(), field, value));
        if (errorField.Length == 0)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        else
        {
            await ProblemAsync(response, HttpStatusCode.BadRequest, errorField);
        }
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Report_WithoutAnyPlace_Returns400()
    {
        var world = await CreateAsync(app);
        var report = With(With(Report(), "latitude", null), "longitude", null);
        await ProblemAsync(await world.PostAsync(world.Mediator, report), HttpStatusCode.BadRequest, "commune");
    }

    [Fact]
    public async Task Report_APointInNoArea_NeedsItsCommune_UntilCommuneOutlinesExist_ThenIsOutsideTheTerritory()
    {
        var world = await CreateAsync(app);
        var far = With(With(Report(), "latitude", 45.30), "longitude", 5.90);
        await ProblemAsync(await world.PostAsync(world.Mediator, far), HttpStatusCode.BadRequest, "commune");
        far["commune"] = Echirolles;
        await world.ReportOkAsync(world.Mediator, far);

        await world.Coordinator.ImportOkAsync(world.Partnership.Id, TerritoryTestData.Area("Échirolles", "commune", half: 0.03, validFrom: "2024-01-01"));
        await ProblemAsync(await world.PostAsync(world.Mediator, far), HttpStatusCode.BadRequest, "latitude");
        Assert.Equal(1, await world.CountAsync());
    }

    [Fact]
    public async Task Report_WithAPhoneNumberInTheDescription_Returns422_AndStoresNothing()
    {
        var world = await CreateAsync(app);
        var response = await world.PostAsync(world.Mediator, Report(description: "Appeler le gardien au 06 12 34 56 78"));
        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("phone", problem.GetProperty("findings")[0].GetProperty("kind").GetString());
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Report_ForAnInstitutionThatIsNotTheReporters_Returns400()
    {
        var world = await CreateAsync(app);
        var report = With(Report(), "institutionId", world.PoliceMunicipale.Id);
        await ProblemAsync(await world.PostAsync(world.Mediator, report), HttpStatusCode.BadRequest, "institutionId");
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Report_AsAMemberWithoutInstitution_Returns400()
    {
        var world = await CreateAsync(app);
        var president = await MemberAsync(app, world.Partnership, PartnershipRole.President, null);
        await ProblemAsync(await world.PostAsync(president, Report()), HttpStatusCode.BadRequest, "institutionId");
    }

    [Fact]
    public async Task Report_InAnotherPartnership_Returns403()
    {
        var world = await CreateAsync(app);
        var other = await CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(world.Mediator, Report())).StatusCode);
        Assert.Equal(0, await other.CountAsync());
    }
}
