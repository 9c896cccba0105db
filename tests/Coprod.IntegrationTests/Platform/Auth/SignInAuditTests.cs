using Coprod.Tests.Shared;
using Coprod.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Coprod.IntegrationTests.Platform.Auth;

public sealed class SignInAuditTests(AppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_EveryOutcomeOnWebAndApi_IsAuditedWithoutTheTypedEmail()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var client = app.Anonymous();

        await app.Browser().SignInAsync(user.Email!, "Wrong-Password-2026");
        await app.Browser().SignInAsync(user.Email!, TestData.Password);
        await client.LoginAsync(user.Email, "Wrong-Password-2026");
        await client.LoginAsync(user.Email, TestData.Password);

        var audit = await app.AuditOfAsync(user);
        Assert.Equal(
            [(AuditEventType.SignInFailed, "web"), (AuditEventType.SignInSucceeded, "web"), (AuditEventType.SignInFailed, "api"), (AuditEventType.SignInSucceeded, "api")],
            audit.Select(r => (r.Type, Channel(r))));
        Assert.All(audit, r => Assert.Equal(user.Id, r.ActorId));
        Assert.False(await app.AuditMentionsAsync(user.Email!));
    }

    [Fact]
    public async Task SignIn_UnknownEmail_IsAuditedAsFailureWithoutTheEmail()
    {
        var email = $"nobody-{Guid.NewGuid():N}@test.coprod.fr";
        var before = await LastSequenceAsync();

        await app.Browser().SignInAsync(email, "Wrong-Password-2026");

        var records = await app.WithDbAsync(db => db.Set<AuditRecord>().AsNoTracking().Where(r => r.Sequence > before).ToListAsync(Ct));
        Assert.Contains(records, r => r.Type == AuditEventType.SignInFailed && r.ActorId == null && r.Details!.Contains("\"knownAccount\":false"));
        Assert.False(await app.AuditMentionsAsync(email));
    }

    [Fact]
    public async Task SignIn_TwoFactorSteps_AreAuditedWithTheirFactor()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        var key = await app.EnableTwoFactorAsync(user);
        var (browser, next) = await app.PasswordStepAsync(user);
        await browser.SubmitAsync(next, "connexion-2fa", ("code", Totp.WrongCode(key)));
        await browser.SubmitAsync(next, "connexion-2fa", ("code", Totp.Code(key)));

        var audit = await app.AuditOfAsync(user);

        Assert.Equal(
            [(AuditEventType.SignInFailed, "password"), (AuditEventType.SignInFailed, "authenticator-code"), (AuditEventType.SignInSucceeded, "authenticator-code")],
            audit.Select(r => (r.Type, Factor(r))));
        Assert.Contains("\"twoFactorRequired\":true", audit[0].Details);
    }

    [Fact]
    public async Task SignIn_LockedOutAttempt_IsAuditedAsLockout()
    {
        var user = await app.CreateUserAsync(password: TestData.Password);
        await app.Browser().FailSignInAsync(user, 6);

        var audit = await app.AuditOfAsync(user);

        Assert.Equal(4, audit.Count(r => r.Type == AuditEventType.SignInFailed));
        Assert.Equal(2, audit.Count(r => r.Type == AuditEventType.SignInLockedOut));
    }

    private Task<long> LastSequenceAsync() =>
        app.WithDbAsync(db => db.Set<AuditRecord>().Select(r => (long?)r.Sequence).MaxAsync(Ct).ContinueWith(t => t.Result ?? 0, Ct));

    private static string? Channel(AuditRecord r) => Detail(r, "channel");

    private static string? Factor(AuditRecord r) => Detail(r, "factor");

    private static string? Detail(AuditRecord r, string name) =>
        System.Text.Json.JsonDocument.Parse(r.Details!).RootElement.GetProperty(name).GetString();
}
