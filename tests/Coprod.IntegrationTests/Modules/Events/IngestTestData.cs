using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>API keys, batches and CSV for the ingest tests (EVT-4, EVT-5).</summary>
internal static class IngestTestData
{
    /// <summary>The coordinator issues a key for <paramref name="institutionId"/>; returns its id and secret.</summary>
    public static async Task<(Guid Id, string Secret)> CreateKeyAsync(this EventsWorld world, Guid institutionId, string name = "Main courante")
    {
        var created = await OkAsync<JsonElement>(await world.Coordinator.PostAsJsonAsync($"{world.Base}/api-keys", new { name, institutionId }, Ct),
            HttpStatusCode.Created);
        return (created.GetProperty("key").GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    /// <summary>A client that sends only the API key (<c>X-Api-Key</c>, or <c>Authorization: ApiKey</c>).</summary>
    public static HttpClient KeyClient(this AppFactory app, string secret, bool authorizationHeader = false)
    {
        var client = app.Anonymous();
        if (authorizationHeader)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"ApiKey {secret}");
        }
        else
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", secret);
        }
        return client;
    }

    /// <summary><paramref name="count"/> valid reports at the quartier's centre, minutes apart.</summary>
    public static List<Dictionary<string, object?>> Reports(int count, string category = "regroupement") =>
        Enumerable.Range(0, count).Select(i => EventsWorld.With(EventsWorld.Report(category, "Moyenne", "Regroupement bruyant devant le hall."),
            "occurredAt", DateTimeOffset.UtcNow.AddMinutes(-10 - i))).ToList();

    public static Task<HttpResponseMessage> PostBatchAsync(this EventsWorld world, HttpClient client, object events, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{world.Base}/batch") { Content = JsonContent.Create(new { events }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request, Ct);
    }

    public static Task<HttpResponseMessage> ImportCsvAsync(this EventsWorld world, HttpClient client, string csv, bool dryRun, Guid? institutionId = null,
        string? idempotencyKey = null) =>
        world.ImportCsvAsync(client, System.Text.Encoding.UTF8.GetBytes(csv), dryRun, institutionId, idempotencyKey);

    public static async Task<HttpResponseMessage> ImportCsvAsync(this EventsWorld world, HttpClient client, byte[] csv, bool dryRun, Guid? institutionId = null,
        string? idempotencyKey = null)
    {
        var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var url = $"{world.Base}/import?dryRun={dryRun.ToString().ToLowerInvariant()}" + (institutionId is { } id ? $"&institutionId={id}" : "");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return await client.SendAsync(request, Ct);
    }
}
