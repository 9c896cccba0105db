using System.Net.Http.Json;
using System.Text.Json;

namespace Coprod.IntegrationTests.Platform.Auth;

/// <summary>Calls to the sign-in API as a partner's system makes them.</summary>
internal static class ApiCalls
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string? email, string? password, string? twoFactorCode = null, string? twoFactorRecoveryCode = null) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { email, password, twoFactorCode, twoFactorRecoveryCode }, Ct);

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string? refreshToken) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, Ct);

    public static Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>The <c>detail</c> of a problem response.</summary>
    public static async Task<string?> DetailAsync(this HttpResponseMessage response) =>
        (await response.JsonAsync()).GetProperty("detail").GetString();
}
