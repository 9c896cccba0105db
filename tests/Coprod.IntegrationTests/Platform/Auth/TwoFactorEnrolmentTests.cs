using System.Text.RegularExpressions;
using Coprod.Tests.Shared;
using Coprod.Web.Platform.Audit;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed partial class TwoFactorEnrolmentTests(AppFactory app)
{
    private const string EnablePage = "/compte/securite/activer-2fa";

    [Fact]
    public async Task EnablePage_Get_ShowsGroupedKeyAndQrCodeWithTextAlternative()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);

        var page = await browser.GetPageAsync(EnablePage);

        var key = SharedKey(page);
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        Assert.Contains("<svg", page);
        Assert.Contains("role=\"img\"", page);
        Assert.Contains($"aria-label=\"{AccountPages.Text("Enable_QrAlt")}\"", System.Net.WebUtility.HtmlDecode(page));
        Assert.Contains("<label for=\"code\"", page);
        Assert.Equal(key, SharedKey(await browser.GetPageAsync(EnablePage)));
    }

    [Fact]
    public async Task Enable_FirstValidCode_TurnsTwoFactorOnAndShowsTenRecoveryCodesOnce()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);
        var page = await browser.GetPageAsync(EnablePage);

        var response = await HtmlForm.Find(page, EnablePage, "activer-2fa").Set("code", Totp.Code(SharedKey(page))).SubmitAsync(browser);

        var result = await response.ReadPageAsync();
        Assert.Equal(10, RecoveryCodePattern().Matches(result).Count);
        Assert.True((await app.ReloadAsync(user)).TwoFactorEnabled);
        var security = await browser.GetTextAsync("/compte/securite");
        Assert.Contains(AccountPages.Text("TwoFactor_On"), security);
        Assert.Contains(AccountPages.Text("TwoFactor_RecoveryCodesLeft", 10), security);
        Assert.DoesNotContain("<svg", await browser.GetPageAsync(EnablePage));
        var audit = await app.AuditOfAsync(user);
        Assert.Contains(audit, r => r.Type == AuditEventType.TwoFactorEnabled && r.ActorId == user.Id);
        Assert.Contains(audit, r => r.Type == AuditEventType.RecoveryCodesGenerated && r.ActorId == user.Id);
    }

    [Fact]
    public async Task Enable_WrongCode_ShowsErrorAndLeavesTwoFactorOff()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);
        var page = await browser.GetPageAsync(EnablePage);

        var response = await HtmlForm.Find(page, EnablePage, "activer-2fa").Set("code", Totp.WrongCode(SharedKey(page))).SubmitAsync(browser);

        Assert.Contains(AccountPages.Text("Enable_WrongCode"), await response.ReadPageAsync());
        Assert.False((await app.ReloadAsync(user)).TwoFactorEnabled);
    }

    [Fact]
    public async Task Enable_ThenSignInAgain_AsksForTheAppCode()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);
        var page = await browser.GetPageAsync(EnablePage);
        var key = SharedKey(page);
        await HtmlForm.Find(page, EnablePage, "activer-2fa").Set("code", Totp.Code(key)).SubmitAsync(browser);

        var (again, next) = await app.PasswordStepAsync(user);
        var response = await again.SubmitAsync(next, "connexion-2fa", ("code", Totp.Code(key)));

        Assert.StartsWith("/compte/connexion-2fa", next);
        Assert.Equal("/", response.LocalRedirect());
    }

    [Fact]
    public async Task Disable_WithPassword_TurnsTwoFactorOffAndIsAudited()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);
        var browser = await app.SignedInWithCodeAsync(user, key);

        var response = await browser.SubmitAsync("/compte/securite", "desactiver-2fa", ("disable-password", TestData.Password));

        var page = await response.ReadPageAsync();
        Assert.Contains(AccountPages.Text("TwoFactor_Disabled"), page);
        Assert.Contains(AccountPages.Text("TwoFactor_Off"), page);
        var account = await app.ReloadAsync(user);
        Assert.False(account.TwoFactorEnabled);
        Assert.Contains(await app.AuditOfAsync(user), r => r.Type == AuditEventType.TwoFactorDisabled && r.ActorId == user.Id);
        Assert.Equal("/", (await app.Browser().SignInAsync(user.Email!, TestData.Password)).LocalRedirect());
    }

    [Fact]
    public async Task Disable_WrongPassword_KeepsTwoFactorOn()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);
        var browser = await app.SignedInWithCodeAsync(user, key);

        var response = await browser.SubmitAsync("/compte/securite", "desactiver-2fa", ("disable-password", "Not-My-Password-2026"));

        Assert.Contains(AccountPages.Text("Identity_PasswordMismatch"), await response.ReadPageAsync());
        Assert.True((await app.ReloadAsync(user)).TwoFactorEnabled);
    }

    [Fact]
    public async Task RecoveryCodes_Regenerate_ShowsTenNewCodesAndRetiresTheOldOnes()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);
        var old = await app.NewRecoveryCodesAsync(user);
        var browser = await app.SignedInWithCodeAsync(user, key);

        var response = await browser.SubmitAsync("/compte/securite/codes-de-secours", "codes-de-secours");

        var codes = RecoveryCodePattern().Matches(await response.ReadPageAsync()).Select(m => m.Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Empty(codes.Intersect(old));
        Assert.Contains(await app.AuditOfAsync(user), r => r.Type == AuditEventType.RecoveryCodesGenerated && r.ActorId == user.Id);
    }

    [Fact]
    public async Task RecoveryCodesPage_TwoFactorOff_OffersNothingToGenerate()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var browser = await app.SignedInBrowserAsync(user);

        var page = await browser.GetTextAsync("/compte/securite/codes-de-secours");

        Assert.Contains(AccountPages.Text("RecoveryCodes_TwoFactorOff"), page);
        Assert.DoesNotContain("value=\"codes-de-secours\"", page);
    }

    private static string SharedKey(string html) => SharedKeyPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("<code id=\"shared-key\"[^>]*>([^<]+)</code>")]
    private static partial Regex SharedKeyPattern();

    [GeneratedRegex("\\b[A-Z0-9]{5}-[A-Z0-9]{5}\\b")]
    private static partial Regex RecoveryCodePattern();
}
