using System.Net;
using System.Text.RegularExpressions;
using Coprod.Web.Platform.Audit;
using MimeKit;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed partial class PasswordResetTests(AppFactory app)
{
    private const string ForgotPage = "/compte/mot-de-passe-oublie";
    private const string NewPassword = "Another-Password-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ForgotPassword_KnownAndUnknownEmail_SameAnswerButMailOnlyForTheAccount()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.coprod.fr";

        var known = await app.Browser().SubmitAsync(ForgotPage, "mot-de-passe-oublie", ("email", user.Email!));
        var other = await app.Browser().SubmitAsync(ForgotPage, "mot-de-passe-oublie", ("email", unknown));

        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var knownPage = WithoutPerRequestTokens(await known.ReadPageAsync());
        Assert.Contains(AccountPages.Text("Forgot_Sent"), knownPage);
        Assert.Equal(knownPage, WithoutPerRequestTokens(await other.ReadPageAsync()));
        var mail = Assert.Single(app.MailsTo(user.Email!));
        Assert.Equal(AccountPages.Text("ResetMail_Subject"), mail.Subject);
        Assert.Contains(AccountPages.Text("ResetMail_NotYou"), mail.TextBody);
        Assert.StartsWith("http://localhost/compte/reinitialiser-mot-de-passe?email=", ResetLink(mail));
        Assert.Empty(app.MailsTo(unknown));
        Assert.Contains(await app.AuditOfAsync(user), r => r.Type == AuditEventType.PasswordResetRequested && r.ActorId == null);
        Assert.False(await app.AuditMentionsAsync(user.Email!));
        Assert.False(await app.AuditMentionsAsync(unknown));
    }

    [Fact]
    public async Task ResetPassword_LinkFromTheMail_SetsTheNewPasswordOnce()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.Browser().SubmitAsync(ForgotPage, "mot-de-passe-oublie", ("email", user.Email!));
        var link = new Uri(ResetLink(Assert.Single(app.MailsTo(user.Email!)))).PathAndQuery;

        var response = await ResetAsync(app.Browser(), link, NewPassword);
        var again = await ResetAsync(app.Browser(), link, "Yet-Another-Password-2026");

        var page = await response.ReadPageAsync();
        Assert.Contains(AccountPages.Text("Reset_Done"), page);
        Assert.Contains("href=\"/compte/connexion\"", page);
        Assert.Contains(AccountPages.UiText("Identity_InvalidToken"), await again.ReadPageAsync());
        Assert.Equal("/", (await app.Browser().SignInAsync(user.Email!, NewPassword)).LocalRedirect());
        Assert.Contains(await app.AuditOfAsync(user), r => r.Type == AuditEventType.PasswordReset && r.ActorId == user.Id);
    }

    [Fact]
    public async Task ResetPassword_LockedOutAccount_EndsTheLockout()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = app.Browser();
        await browser.FailSignInAsync(user, 5);
        await browser.SubmitAsync(ForgotPage, "mot-de-passe-oublie", ("email", user.Email!));
        var link = new Uri(ResetLink(Assert.Single(app.MailsTo(user.Email!)))).PathAndQuery;

        await ResetAsync(browser, link, NewPassword);

        Assert.Equal("/", (await app.Browser().SignInAsync(user.Email!, NewPassword)).LocalRedirect());
    }

    [Fact]
    public async Task ForgotPassword_DisabledAccount_GetsNoMail()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var admin = app.ClientFor((await app.CreateUserAsync(Coprod.Web.Platform.Auth.PlatformRole.Admin)).Id);
        await admin.PostAsync($"/api/v1/admin/accounts/{user.Id}/disable", null, Ct);

        await app.Browser().SubmitAsync(ForgotPage, "mot-de-passe-oublie", ("email", user.Email!));

        Assert.Empty(app.MailsTo(user.Email!));
    }

    [Fact]
    public async Task Invitation_LinkFromTheMail_LetsTheNewPersonChooseAPasswordAndSignIn()
    {
        var email = $"invitee-{Guid.NewGuid():N}@test.coprod.fr";
        var admin = app.ClientFor((await app.CreateUserAsync(Coprod.Web.Platform.Auth.PlatformRole.Admin)).Id);
        await admin.PostAsync("/api/v1/admin/accounts", ApiAssert.RawJson($"{{\"email\":\"{email}\",\"displayName\":\"Invitée\"}}"), Ct);
        var link = new Uri(ResetLink(Assert.Single(app.MailsTo(email)))).PathAndQuery;

        await ResetAsync(app.Browser(), link, NewPassword);

        Assert.Equal("/", (await app.Browser().SignInAsync(email, NewPassword)).LocalRedirect());
    }

    [Fact]
    public async Task ResetPassword_BadCode_ShowsInvalidLinkAndKeepsThePassword()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var link = $"/compte/reinitialiser-mot-de-passe?email={Uri.EscapeDataString(user.Email!)}&code=bm90LWEtdG9rZW4";

        var response = await ResetAsync(app.Browser(), link, NewPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadPageAsync();
        Assert.Contains(AccountPages.UiText("Identity_InvalidToken"), page);
        Assert.Contains("href=\"/compte/mot-de-passe-oublie\"", page);
        Assert.Equal("/", (await app.Browser().SignInAsync(user.Email!, TestData.Password)).LocalRedirect());
    }

    [Fact]
    public async Task ResetPassword_WeakPassword_ShowsIdentityRulesInFrench()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.Browser().SubmitAsync(ForgotPage, "mot-de-passe-oublie", ("email", user.Email!));
        var link = new Uri(ResetLink(Assert.Single(app.MailsTo(user.Email!)))).PathAndQuery;

        var page = await (await ResetAsync(app.Browser(), link, "tout en minuscules")).ReadPageAsync();

        Assert.Contains(AccountPages.UiText("Identity_PasswordRequiresUpper"), page);
        Assert.Contains(AccountPages.UiText("Identity_PasswordRequiresDigit"), page);
    }

    [Fact]
    public async Task ResetPage_WithoutCode_SaysTheLinkIsIncomplete()
    {
        var page = await app.Browser().GetTextAsync("/compte/reinitialiser-mot-de-passe");

        Assert.Contains(AccountPages.Text("Reset_MissingLink"), page);
        Assert.DoesNotContain("<form", page);
    }

    private static Task<HttpResponseMessage> ResetAsync(HttpClient browser, string link, string password) =>
        browser.SubmitAsync(link, "reinitialiser-mot-de-passe", ("new-password", password), ("confirm-password", password));

    // Blazor appends encrypted component state, different on every response.
    private static string WithoutPerRequestTokens(string page) => ComponentStatePattern().Replace(page, "");

    private static string ResetLink(MimeMessage mail) => LinkPattern().Match(mail.TextBody ?? "").Value;

    [GeneratedRegex(@"http\S+/compte/reinitialiser-mot-de-passe\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*-->")]
    private static partial Regex ComponentStatePattern();
}
