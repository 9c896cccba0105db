using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class ApiTwoFactorTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_TwoFactorAccountWithoutCode_Returns401AskingForTheCode()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.EnableTwoFactorAsync(user);

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = user.Email, password = TestData.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(AccountPages.UiText("SignIn_TwoFactorRequired"), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_TwoFactorAccountWithAuthenticatorCode_ReturnsTokens()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { email = user.Email, password = TestData.Password, twoFactorCode = Totp.Code(key) }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("tokenType").GetString());
    }

    [Fact]
    public async Task Login_TwoFactorAccountWithWrongCode_Returns401()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);

        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login",
            new { email = user.Email, password = TestData.Password, twoFactorCode = Totp.WrongCode(key) }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Login_TwoFactorAccountWithRecoveryCode_ReturnsTokensOnce()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.EnableTwoFactorAsync(user);
        var recovery = (await app.NewRecoveryCodesAsync(user))[0];
        var client = app.Anonymous();
        var body = new { email = user.Email, password = TestData.Password, twoFactorRecoveryCode = recovery };

        var first = await client.PostAsJsonAsync("/api/v1/auth/login", body, Ct);
        var second = await client.PostAsJsonAsync("/api/v1/auth/login", body, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }
}
