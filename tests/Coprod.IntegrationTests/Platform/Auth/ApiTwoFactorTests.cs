using System.Net;
using Coprod.Tests.Shared;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class ApiTwoFactorTests(AppFactory app)
{
    [Fact]
    public async Task Login_TwoFactorAccountWithoutCode_Returns401AskingForTheCode()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.EnableTwoFactorAsync(user);

        var response = await app.Anonymous().LoginAsync(user.Email, TestData.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(AccountPages.UiText("SignIn_TwoFactorRequired"), await response.DetailAsync());
    }

    [Fact]
    public async Task Login_TwoFactorAccountWithAuthenticatorCode_ReturnsTokensOnlyForTheRightCode()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);
        var client = app.Anonymous();

        var wrong = await client.LoginAsync(user.Email, TestData.Password, twoFactorCode: Totp.WrongCode(key));
        var right = await client.LoginAsync(user.Email, TestData.Password, twoFactorCode: Totp.Code(key));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("Bearer", (await right.JsonAsync()).GetProperty("tokenType").GetString());
    }

    [Fact]
    public async Task Login_TwoFactorAccountWithRecoveryCode_ReturnsTokensOnce()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.EnableTwoFactorAsync(user);
        var recovery = (await app.NewRecoveryCodesAsync(user))[0];
        var client = app.Anonymous();

        var first = await client.LoginAsync(user.Email, TestData.Password, twoFactorRecoveryCode: recovery);
        var second = await client.LoginAsync(user.Email, TestData.Password, twoFactorRecoveryCode: recovery);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }
}
