using System.Net;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class ApiRefreshTests(AppFactory app)
{
    [Fact]
    public async Task Refresh_TokenFromLogin_ReturnsNewTokenPair()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();
        var refreshToken = await RefreshTokenAsync(client, user);

        var response = await client.RefreshAsync(refreshToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tokens = await response.JsonAsync();
        Assert.Equal("Bearer", tokens.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("accessToken").GetString()));
        Assert.NotEqual(refreshToken, tokens.GetProperty("refreshToken").GetString());
    }

    [Fact]
    public async Task Refresh_GarbageToken_Returns401()
    {
        var response = await app.Anonymous().RefreshAsync("not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_AfterPasswordChange_Returns401()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();
        var refreshToken = await RefreshTokenAsync(client, user);
        var browser = await app.SignedInBrowserAsync(user);
        await browser.SubmitAsync("/compte/securite", "changer-mot-de-passe",
            ("current-password", TestData.Password), ("new-password", "Another-Password-2026"), ("confirm-password", "Another-Password-2026"));

        var response = await client.RefreshAsync(refreshToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string?> RefreshTokenAsync(HttpClient client, Web.Platform.Auth.CoprodUser user) =>
        (await (await client.LoginAsync(user.Email, TestData.Password)).JsonAsync()).GetProperty("refreshToken").GetString();
}
