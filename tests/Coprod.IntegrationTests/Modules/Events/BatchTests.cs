using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Microsoft.EntityFrameworkCore;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.EventsWorld;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>EVT-4, REL-1: batches of up to 10,000 events, all or nothing, idempotent.</summary>
public sealed class BatchTests(AppFactory app)
{
    [Fact]
    public async Task Batch_OfTenThousandValidEvents_StoresThemAll_InOneGo()
    {
        var world = await CreateAsync(app);
        var (_, secret) = await world.CreateKeyAsync(world.PoliceMunicipale.Id);
        var watch = Stopwatch.StartNew();

        var result = await OkAsync<JsonElement>(await world.PostBatchAsync(app.KeyClient(secret), IngestTestData.Reports(EventLimits.Batch)), HttpStatusCode.Created);

        watch.Stop();
        TestContext.Current.SendDiagnosticMessage($"10,000 events accepted in {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(EventLimits.Batch, result.GetProperty("count").GetInt32());
        Assert.Equal(EventLimits.Batch, result.GetProperty("ids").GetArrayLength());
        Assert.Equal(EventLimits.Batch, await world.CountAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.True(await app.WithDbAsync(db => db.Set<SafetyEvent>()
            .Where(e => e.PartnershipId == world.Partnership.Id).AllAsync(e => e.ReportingInstitutionId == world.PoliceMunicipale.Id && e.Source == EventSource.ApiKey, Ct)));
    }

    [Fact]
    public async Task Batch_WithOneBadItemAmongAThousand_Returns400ForThatItem_AndStoresNothing()
    {
        var world = await CreateAsync(app);
        var events = IngestTestData.Reports(1000);
        events[517]["category"] = "soucoupe-volante";
        events[802].Remove("severity");

        var problem = await ProblemAsync(await world.PostBatchAsync(world.Police, events), HttpStatusCode.BadRequest, "events[517].category", "events[802].severity");
        Assert.Equal(2, problem.GetProperty("errors").EnumerateObject().Count());
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Batch_WithPersonalDataInOneItem_Returns422_AndStoresNothing()
    {
        var world = await CreateAsync(app);
        var events = IngestTestData.Reports(5);
        events[3]["description"] = "Le gardien joignable au 06 12 34 56 78 a vu la scène.";

        await ProblemAsync(await world.PostBatchAsync(world.Police, events), HttpStatusCode.UnprocessableEntity, "events[3].description");
        Assert.Equal(0, await world.CountAsync());
    }

    [Fact]
    public async Task Batch_OfMoreThanTenThousand_Returns400_BeforeLookingAtItems()
    {
        var world = await CreateAsync(app);
        var events = Enumerable.Range(0, EventLimits.Batch + 1).Select(_ => new { category = "?" }).ToList();
        var problem = await ProblemAsync(await world.PostBatchAsync(world.Police, events), HttpStatusCode.BadRequest, "events");
        Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(0, await world.CountAsync());
    }

    [Theory]
    [InlineData("{}", "events")]
    [InlineData("{\"events\":[]}", "events")]
    [InlineData("{\"events\":[null]}", "events[0]")]
    public async Task Batch_Empty_Returns400(string body, string field)
    {
        var world = await CreateAsync(app);
        await ProblemAsync(await world.Police.PostAsync($"{world.Base}/batch", RawJson(body), Ct), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Batch_RetriedWithItsIdempotencyKey_ReturnsTheFirstAnswer_AndStoresNothingMore()
    {
        var world = await CreateAsync(app);
        var events = IngestTestData.Reports(20);
        var key = Guid.NewGuid().ToString();

        var first = await OkAsync<JsonElement>(await world.PostBatchAsync(world.Police, events, key), HttpStatusCode.Created);
        var retry = await OkAsync<JsonElement>(await world.PostBatchAsync(world.Police, events, key), HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("ids").ToString(), retry.GetProperty("ids").ToString());
        Assert.Equal(20, await world.CountAsync());
        await ProblemAsync(await world.PostBatchAsync(world.Police, IngestTestData.Reports(3), key), HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    [Fact]
    public async Task Batch_AsMember_ReportsForTheirInstitution()
    {
        var world = await CreateAsync(app);
        await OkAsync<JsonElement>(await world.PostBatchAsync(world.Mediator, IngestTestData.Reports(3)), HttpStatusCode.Created);
        Assert.True(await app.WithDbAsync(db => db.Set<SafetyEvent>().Where(e => e.PartnershipId == world.Partnership.Id)
            .AllAsync(e => e.ReportingInstitutionId == world.Mediation.Id && e.Source == EventSource.User && e.AuthorUserId != null, Ct)));
    }

    [Fact]
    public async Task Batch_WithARoutingRule_RoutesEveryEvent_InTheSameSave()
    {
        var world = await CreateAsync(app);
        await world.RuleOkAsync(RoutingTestData.Rule([world.PoliceMunicipale.Id]));

        var result = await OkAsync<JsonElement>(await world.PostBatchAsync(world.Mediator, IngestTestData.Reports(50)), HttpStatusCode.Created);

        var ids = result.GetProperty("ids").EnumerateArray().Select(i => i.GetGuid()).ToHashSet();
        var routed = await app.WithDbAsync(db => db.Set<EventDelivery>().Where(d => d.PartnershipId == world.Partnership.Id)
            .Select(d => new { d.EventId, d.InstitutionId, d.Mode }).ToListAsync(Ct));
        Assert.Equal(50, routed.Count);
        Assert.True(ids.SetEquals(routed.Select(d => d.EventId)));
        Assert.All(routed, d => Assert.Equal((world.PoliceMunicipale.Id, DeliveryMode.Immediate), (d.InstitutionId, d.Mode)));
    }

    [Fact]
    public async Task Batch_InAnotherPartnership_Returns403()
    {
        var world = await CreateAsync(app);
        var other = await CreateAsync(app);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostBatchAsync(world.Police, IngestTestData.Reports(1))).StatusCode);
        var partnerElsewhere = await MemberAsync(app, world.Partnership, PartnershipRole.Partenaire, world.PoliceMunicipale.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostBatchAsync(partnerElsewhere, IngestTestData.Reports(1))).StatusCode);
        Assert.Equal(0, await other.CountAsync());
    }
}
