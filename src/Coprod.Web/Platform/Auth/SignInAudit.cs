using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth;

/// <summary>Records the outcome of a sign-in attempt, with the account id when the account exists and never the typed e-mail.</summary>
public sealed class SignInAudit(AuditTrail audit)
{
    /// <summary>Channel of the account pages.</summary>
    public const string Web = "web";

    /// <summary>Channel of <c>POST /api/v1/auth/login</c>.</summary>
    public const string Api = "api";

    public Task RecordAsync(CoprodUser? user, SignInResult result, string channel, CancellationToken cancellationToken = default) =>
        RecordAsync(user, result, channel, SignInFactor.Password, cancellationToken);

    public Task RecordAsync(CoprodUser? user, SignInResult result, string channel, SignInFactor factor, CancellationToken cancellationToken = default)
    {
        var type = result.Succeeded ? AuditEventType.SignInSucceeded
            : result.IsLockedOut ? AuditEventType.SignInLockedOut
            : AuditEventType.SignInFailed;
        return audit.RecordAsync(new AuditEntry(type, ActorId: user?.Id, TargetType: "account", TargetId: user?.Id.ToString(),
            Details: new { channel, factor = factor.AuditName(), knownAccount = user is not null, twoFactorRequired = result.RequiresTwoFactor }),
            cancellationToken);
    }
}

/// <summary>What the person proved in the audited step.</summary>
public enum SignInFactor
{
    Password,
    AuthenticatorCode,
    RecoveryCode,
}

internal static class SignInFactorNames
{
    public static string AuditName(this SignInFactor factor) => factor switch
    {
        SignInFactor.AuthenticatorCode => "authenticator-code",
        SignInFactor.RecoveryCode => "recovery-code",
        _ => "password",
    };
}
