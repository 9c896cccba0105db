using System.Net;
using Coprod.Web.Platform.Audit;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class SecurityPageTests(AppFactory app)
{
    private const string NewPassword = "Another-Password-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/compte/securite")]
    [InlineData("/compte/securite/activer-2fa")]
    [InlineData("/compte/securite/codes-de-secours")]
    public async Task SecurityPages_Anonymous_RedirectToSignIn(string page)
    {
        var response = await app.Browser().GetAsync(page, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/compte/connexion", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
        Assert.Contains(Uri.EscapeDataString(page), location.OriginalString);
    }

    [Fact]
    public async Task SignIn_FromTheChallengeRedirect_ReturnsToTheProtectedPage()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = app.Browser();
        var challenge = (await browser.GetAsync("/compte/securite/codes-de-secours", Ct)).LocalRedirect();

        var response = await browser.SubmitAsync(challenge, "connexion", ("email", user.Email!), ("password", TestData.Password));

        Assert.Equal("/compte/securite/codes-de-secours", response.LocalRedirect());
    }

    [Fact]
    public async Task SecurityPage_SignedIn_SaysTwoFactorIsOffAndOffersToTurnItOn()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);

        var page = await browser.GetTextAsync("/compte/securite");

        Assert.Contains(AccountPages.Text("TwoFactor_Off"), page);
        Assert.Contains("href=\"/compte/securite/activer-2fa\"", page);
        Assert.Contains("<label for=\"current-password\"", page);
        Assert.Contains("<label for=\"new-password\"", page);
    }

    [Fact]
    public async Task ChangePassword_RightCurrentPassword_ChangesItAndIsAudited()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);

        var response = await ChangePasswordAsync(browser, TestData.Password, NewPassword, NewPassword);

        Assert.Contains(AccountPages.Text("ChangePassword_Done"), await response.ReadPageAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/compte/securite", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(user.Email!, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().SignInAsync(user.Email!, TestData.Password)).StatusCode);
        Assert.Contains(await app.AuditOfAsync(user), r => r.Type == AuditEventType.PasswordChanged && r.ActorId == user.Id);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ShowsErrorAndKeepsThePassword()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);

        var response = await ChangePasswordAsync(browser, "Not-My-Password-2026", NewPassword, NewPassword);

        var page = await response.ReadPageAsync();
        Assert.Contains(AccountPages.Text("Identity_PasswordMismatch"), page);
        Assert.DoesNotContain("Not-My-Password-2026", page);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(user.Email!, TestData.Password)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_TooShortAndUnconfirmed_ShowsFrenchRules()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);

        var tooShort = await (await ChangePasswordAsync(browser, TestData.Password, "Court-1", "Court-1")).ReadPageAsync();
        var unconfirmed = await (await ChangePasswordAsync(browser, TestData.Password, NewPassword, NewPassword + "x")).ReadPageAsync();

        Assert.Contains(string.Format(AccountPages.UiText("Identity_PasswordTooShort"), 12), tooShort);
        Assert.Contains(AccountPages.Text("Validation_ConfirmationMismatch"), unconfirmed);
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient browser, string current, string newPassword, string confirmation) =>
        browser.SubmitAsync("/compte/securite", "changer-mot-de-passe",
            ("current-password", current), ("new-password", newPassword), ("confirm-password", confirmation));
}
