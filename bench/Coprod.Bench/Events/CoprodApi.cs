using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Coprod.Bench.Events;

/// <summary>The few API calls the runs set up with: sign-in, an API key, routing rules.</summary>
internal sealed class CoprodApi(HttpClient http)
{
    /// <summary>Signs in and returns the bearer token.</summary>
    public async Task<string> LoginAsync(string email, string password)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        return (await OkAsync(response, HttpStatusCode.OK)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>The coordinator issues a key for the institution; returns its secret.</summary>
    public async Task<string> CreateApiKeyAsync(string token, Guid partnershipId, Guid institutionId)
    {
        var response = await SendAsync(token, $"/api/v1/partnerships/{partnershipId}/events/api-keys", new { name = "Banc d'essai", institutionId });
        return (await OkAsync(response, HttpStatusCode.Created)).GetProperty("secret").GetString()!;
    }

    /// <summary>An always-on immediate rule from <paramref name="categories"/> (empty: all) on the whole territory to one institution.</summary>
    public async Task CreateRoutingRuleAsync(string token, Guid partnershipId, string name, string[] categories, Guid target)
    {
        var rule = new
        {
            name,
            categories,
            communes = Array.Empty<string>(),
            areas = Array.Empty<Guid>(),
            minimumSeverity = "Faible",
            window = "Always",
            targets = new[] { target },
            mode = "Immediate",
            isActive = true,
        };
        await OkAsync(await SendAsync(token, $"/api/v1/partnerships/{partnershipId}/events/routing-rules", rule), HttpStatusCode.Created);
    }

    private Task<HttpResponseMessage> SendAsync(string token, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        }
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
