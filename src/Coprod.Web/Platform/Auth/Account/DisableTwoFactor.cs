using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Turns two-factor authentication off after the password is confirmed, and forgets the
/// authenticator key: turning it on again means scanning a new key.
/// </summary>
public static class DisableTwoFactor
{
    public sealed class Handler(UserManager<CoprodUser> users, SignInManager<CoprodUser> signIn, PasswordConfirmation confirmation, AuditTrail audit)
    {
        /// <summary>False when the password is wrong; nothing changes then.</summary>
        public async Task<bool> HandleAsync(CoprodUser user, string password, CancellationToken cancellationToken = default)
        {
            if (!await confirmation.ConfirmAsync(user, password))
            {
                return false;
            }
            await users.SetTwoFactorEnabledAsync(user, false);
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            await audit.RecordAsync(AccountAudit.Entry(AuditEventType.TwoFactorDisabled, user), cancellationToken);
            return true;
        }
    }
}
