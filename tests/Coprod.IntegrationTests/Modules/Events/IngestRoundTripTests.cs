using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Coprod.IntegrationTests.ApiAssert;
using static Coprod.IntegrationTests.Modules.Events.RoutingTestData;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>
/// Issue 5 (P1): a partner's report (API key, Idempotency-Key, one routing rule, hub push) reads each piece of the
/// partnership's reference data once and makes few round trips to the database, and still lands, routes and answers.
/// </summary>
public sealed class IngestRoundTripTests(AppFactory app)
{
    private static readonly string[] ReferenceTables =
        ["events_categories", "partnerships_communes", "territory_area_revisions", "events_routing_rules", "directory_institutions", "events_api_keys"];

    [Fact]
    public async Task Report_WithKeyAndRoutingRule_ReadsEachReferenceOnce_InSevenRoundTripsOnPostgres()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id]));
        var (_, secret) = await world.CreateKeyAsync(world.Mediation.Id);
        var (host, log) = RoundTripLog.Host(app);
        await using var _ = host;
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        // The first report notes the key's use and may build the area index: the second is every later one.
        await OkAsync<JsonElement>(await Send(client, world, "warm-up"), HttpStatusCode.Created);

        var created = await OkAsync<JsonElement>(await Send(client, world, "counted"), HttpStatusCode.Created);

        var sent = log.For("counted");
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n---\n", sent));
        foreach (var table in ReferenceTables)
        {
            Assert.Single(sent, sql => Regex.IsMatch(sql, $@"\b{table}\b"));
        }
        Assert.DoesNotContain(sent, sql => sql.Contains("platform_idempotency", StringComparison.Ordinal) && !sql.Contains("INSERT", StringComparison.Ordinal));
        // Five reads, then the event, its idempotency record and its delivery: one batch on PostgreSQL, three statements on SQLite.
        Assert.Equal(5, sent.Count(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)));
        Assert.Equal(app.OnPostgres ? 7 : 9, sent.Count);
        Assert.Equal("COMMIT", sent[^1]);
        Assert.Equal(("Médiation de nuit", "Quartier test"), (created.GetProperty("reportingInstitution").GetString(), created.GetProperty("areaName").GetString()));
        Assert.Equal(world.PoliceMunicipale.Id, Assert.Single(await world.DeliveriesAsync(created.Id())).Key);
    }

    [Fact]
    public async Task Report_RetriedWithItsKey_IsAnsweredFromTheRememberedAnswer_AndWritesNothing()
    {
        var world = await EventsWorld.CreateAsync(app);
        await world.RuleOkAsync(Rule([world.PoliceMunicipale.Id]));
        var (host, log) = RoundTripLog.Host(app);
        await using var _ = host;
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (await world.CreateKeyAsync(world.Mediation.Id)).Secret);
        var key = Guid.NewGuid().ToString();
        var report = EventsWorld.Report();
        var first = await OkAsync<JsonElement>(await Send(client, world, "first", report, key), HttpStatusCode.Created);

        var again = await OkAsync<JsonElement>(await Send(client, world, "again", report, key), HttpStatusCode.Created);

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(1, await world.CountAsync());
        Assert.Single(await world.DeliveriesAsync(first.Id()));
        Assert.DoesNotContain("COMMIT", log.For("again"));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, EventsWorld world, string tag, object? report = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, world.Base) { Content = JsonContent.Create(report ?? EventsWorld.Report()) };
        request.Headers.Add(RoundTripLog.Header, tag);
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return client.SendAsync(request, Ct);
    }
}
