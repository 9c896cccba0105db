using System.Net;
using Coprod.Tests.Shared;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class TwoFactorSignInPageTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_TwoFactorAccount_AsksForCodeBeforeTheCookie()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.EnableTwoFactorAsync(user);

        var response = await app.Browser().SignInAsync(user.Email!, TestData.Password, returnUrl: "/compte/securite");

        Assert.Equal("/compte/connexion-2fa?returnUrl=%2Fcompte%2Fsecurite", response.LocalRedirect());
        Assert.False(response.SetsCookie(AccountPages.AuthCookie));
    }

    [Fact]
    public async Task SignIn_TwoFactorAccountWithAuthenticatorCode_RedirectsToReturnUrlWithAuthCookie()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);
        var (browser, next) = await app.PasswordStepAsync(user, returnUrl: "/compte/securite");

        var page = await browser.GetPageAsync(next);
        var response = await HtmlForm.Find(page, next, "connexion-2fa").Set("code", Totp.Code(key)).SubmitAsync(browser);

        Assert.Contains("<label for=\"code\"", page);
        Assert.Equal("/compte/securite", response.LocalRedirect());
        Assert.True(response.SetsCookie(AccountPages.AuthCookie));
    }

    [Fact]
    public async Task SignIn_TwoFactorWrongCode_ShowsErrorAndNoCookie()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);
        var (browser, next) = await app.PasswordStepAsync(user);

        var response = await browser.SubmitAsync(next, "connexion-2fa", ("code", Totp.WrongCode(key)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.SetsCookie(AccountPages.AuthCookie));
        Assert.Contains(AccountPages.Text("SecondFactor_WrongCode"), await response.ReadPageAsync());
    }

    [Fact]
    public async Task SignIn_TwoFactorCodeOfFiveLetters_AsksForSixDigits()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.EnableTwoFactorAsync(user);
        var (browser, next) = await app.PasswordStepAsync(user);

        var response = await browser.SubmitAsync(next, "connexion-2fa", ("code", "abcde"));

        Assert.Contains(AccountPages.Text("Validation_CodeFormat"), await response.ReadPageAsync());
    }

    [Fact]
    public async Task SignIn_RecoveryCode_SignsInOnlyOnce()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.EnableTwoFactorAsync(user);
        var recovery = (await app.NewRecoveryCodesAsync(user))[0];

        var first = await SignInWithRecoveryCodeAsync(user, recovery.ToLowerInvariant());
        var second = await SignInWithRecoveryCodeAsync(user, recovery);

        Assert.Equal("/", first.LocalRedirect());
        Assert.True(first.SetsCookie(AccountPages.AuthCookie));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(AccountPages.Text("SecondFactor_WrongRecoveryCode"), await second.ReadPageAsync());
    }

    [Theory]
    [InlineData("/compte/connexion-2fa")]
    [InlineData("/compte/connexion-code-secours")]
    public async Task SecondStep_WithoutPasswordStep_RedirectsToSignIn(string page)
    {
        var response = await app.Browser().GetAsync(page, Ct);

        Assert.StartsWith("/compte/connexion?returnUrl=", response.LocalRedirect());
    }

    private async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(Web.Platform.Auth.CoprodUser user, string recoveryCode)
    {
        var (browser, twoFactorPage) = await app.PasswordStepAsync(user);
        var html = await browser.GetPageAsync(twoFactorPage);
        var recoveryPage = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/compte/connexion-code-secours[^\"]*)\"").Groups[1].Value;
        return await browser.SubmitAsync(System.Net.WebUtility.HtmlDecode(recoveryPage), "connexion-code-secours", ("recovery-code", recoveryCode));
    }
}
