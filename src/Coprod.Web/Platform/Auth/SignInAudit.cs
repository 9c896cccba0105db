using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth;

/// <summary>Records the outcome of a sign-in attempt, with the account id when the account exists and never the typed e-mail.</summary>
public sealed class SignInAudit(AuditTrail audit)
{
    public Task RecordAsync(CoprodUser? user, SignInResult result, string channel, CancellationToken cancellationToken = default)
    {
        var type = result.Succeeded ? AuditEventType.SignInSucceeded
            : result.IsLockedOut ? AuditEventType.SignInLockedOut
            : AuditEventType.SignInFailed;
        return audit.RecordAsync(new AuditEntry(type, ActorId: user?.Id, TargetType: "account", TargetId: user?.Id.ToString(),
            Details: new { channel, knownAccount = user is not null, twoFactorRequired = result.RequiresTwoFactor }), cancellationToken);
    }
}
