using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class ApiRefreshTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Refresh_TokenFromLogin_ReturnsNewTokenPair()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = TestData.Password }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refreshToken").GetString()));
    }

    [Fact]
    public async Task Refresh_GarbageToken_Returns401()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "not-a-token" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_AfterPasswordChange_Returns401()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();
        var login = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = TestData.Password }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var browser = await app.SignedInBrowserAsync(user);
        await browser.SubmitAsync("/compte/securite", "changer-mot-de-passe",
            ("current-password", TestData.Password), ("new-password", "Another-Password-2026"), ("confirm-password", "Another-Password-2026"));

        var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
