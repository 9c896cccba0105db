using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Sets a new password with the code from the "mot de passe oublié" mail. An unknown e-mail and
/// a wrong code give the same error. Every open session of the account ends (new security stamp),
/// and a lockout ends too: the person proved they hold the mailbox, which is what the locked-out
/// message tells them to do. A disabled account stays disabled: only the operator enables it.
/// </summary>
public static class ResetPassword
{
    public sealed class Handler(UserManager<CoprodUser> users, AuditTrail audit, TimeProvider clock)
    {
        public async Task<IdentityResult> HandleAsync(string email, string code, string newPassword, CancellationToken cancellationToken = default)
        {
            var user = await users.FindByEmailAsync(email.Trim());
            var token = ResetCode.Decode(code);
            if (user is null || token is null || AccountRules.IsDisabled(user, clock.GetUtcNow()))
            {
                return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
            }
            var result = await users.ResetPasswordAsync(user, token, newPassword);
            if (result.Succeeded)
            {
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
                await audit.RecordAsync(AccountAudit.Entry(AuditEventType.PasswordReset, user), cancellationToken);
            }
            return result;
        }
    }
}
