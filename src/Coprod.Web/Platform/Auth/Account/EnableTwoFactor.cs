using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Turns on two-factor authentication once the person proves the app works (a first valid code
/// from Identity's RFC 6238 authenticator provider), and issues a fresh set of recovery codes,
/// shown once.
/// </summary>
public static class EnableTwoFactor
{
    public const int RecoveryCodeCount = 10;

    public sealed class Handler(UserManager<CoprodUser> users, SignInManager<CoprodUser> signIn, AuditTrail audit)
    {
        /// <summary>The new recovery codes, or null when the code is wrong.</summary>
        public async Task<IReadOnlyList<string>?> HandleAsync(CoprodUser user, string code, CancellationToken cancellationToken = default)
        {
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorUri.NormalizeCode(code));
            if (!valid)
            {
                return null;
            }
            await users.SetTwoFactorEnabledAsync(user, true);
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
            await signIn.RefreshSignInAsync(user);
            await audit.SaveWithAuditAsync(cancellationToken,
                AccountAudit.Entry(AuditEventType.TwoFactorEnabled, user),
                AccountAudit.Entry(AuditEventType.RecoveryCodesGenerated, user, new { channel = SignInAudit.Web, count = codes.Count }));
            return codes;
        }
    }
}
