using System.Net;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class SignInPageTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignInPage_Get_HasHeadingLabelledFieldsAndForgottenPasswordLink()
    {
        var html = await app.Browser().GetPageAsync("/compte/connexion");

        Assert.Contains("<h1", html);
        Assert.Contains("<label for=\"email\"", html);
        Assert.Contains("id=\"email\"", html);
        Assert.Contains("<label for=\"password\"", html);
        Assert.Contains("id=\"password\"", html);
        Assert.Contains("<button type=\"submit\"", html);
        Assert.Contains("href=\"/compte/mot-de-passe-oublie\"", html);
        Assert.Contains(AccountPages.Text("SignIn_ForgotPassword"), System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task SignIn_RightPassword_RedirectsToLocalReturnUrlWithAuthCookie()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = app.Browser();

        var response = await browser.SignInAsync(user.Email!, TestData.Password, returnUrl: "/compte/securite?onglet=2fa");

        Assert.Equal("/compte/securite?onglet=2fa", response.LocalRedirect());
        Assert.True(response.SetsCookie(AccountPages.AuthCookie));
        var security = await browser.GetAsync("/compte/securite", Ct);
        Assert.Equal(HttpStatusCode.OK, security.StatusCode);
    }

    [Fact]
    public async Task SignIn_NoReturnUrl_RedirectsHome()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);

        var response = await app.Browser().SignInAsync(user.Email!, TestData.Password);

        Assert.Equal("/", response.LocalRedirect());
    }

    [Theory]
    [InlineData("https://evil.example/phishing")]
    [InlineData("//evil.example/phishing")]
    [InlineData("/\\evil.example/phishing")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_ForeignReturnUrl_IsIgnored(string returnUrl)
    {
        var user = await app.CreateUserAsync(password: TestData.Password);

        var response = await app.Browser().SignInAsync(user.Email!, TestData.Password, returnUrl);

        Assert.Equal("/", response.LocalRedirect());
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorWithoutCookieNorEchoedPassword()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);

        var response = await app.Browser().SignInAsync(user.Email!, "Wrong-Password-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.SetsCookie(AccountPages.AuthCookie));
        var page = await response.ReadPageAsync();
        Assert.Contains(AccountPages.Text("SignIn_Failed"), page);
        Assert.DoesNotContain("Wrong-Password-2026", page);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_AnswersLikeAWrongPassword()
    {
        var response = await app.Browser().SignInAsync($"nobody-{Guid.NewGuid():N}@test.coprod.fr", "Wrong-Password-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AccountPages.Text("SignIn_Failed"), await response.ReadPageAsync());
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsFrenchMessagesNextToFieldsAndInSummary()
    {
        var response = await app.Browser().SignInAsync("", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        var emailRequired = AccountPages.Text("Validation_EmailRequired");
        // Once in the summary, once next to the field.
        Assert.Equal(2, page.Split(emailRequired).Length - 1);
        Assert.Contains(AccountPages.Text("Validation_PasswordRequired"), page);
        Assert.Contains("aria-invalid", page);
    }

    [Fact]
    public async Task SignIn_WrongPasswordFiveTimes_LocksAccount()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = app.Browser();
        await browser.FailSignInAsync(user, 5);

        var response = await browser.SignInAsync(user.Email!, TestData.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.SetsCookie(AccountPages.AuthCookie));
        Assert.Contains(AccountPages.Text("SignIn_LockedOut", 15), await response.ReadPageAsync());
        Assert.True((await app.ReloadAsync(user)).LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task SignOut_FromSecurityPage_EndsTheSession()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);
        var form = HtmlForm.FindPostingTo(await browser.GetPageAsync("/compte/securite"), "/compte/securite", "/compte/deconnexion");

        var response = await form.SubmitAsync(browser);

        Assert.Equal("/compte/connexion", response.LocalRedirect());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/compte/securite", Ct)).StatusCode);
    }
}
