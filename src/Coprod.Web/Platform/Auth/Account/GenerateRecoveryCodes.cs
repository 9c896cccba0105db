using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>Replaces the recovery codes of an account with two-factor authentication on; the old ones stop working.</summary>
public static class GenerateRecoveryCodes
{
    public sealed class Handler(UserManager<CoprodUser> users, AuditTrail audit)
    {
        /// <summary>The new codes, or null when two-factor authentication is off (recovery codes mean nothing then).</summary>
        public async Task<IReadOnlyList<string>?> HandleAsync(CoprodUser user, CancellationToken cancellationToken = default)
        {
            if (!await users.GetTwoFactorEnabledAsync(user))
            {
                return null;
            }
            var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableTwoFactor.RecoveryCodeCount))?.ToList() ?? [];
            await audit.RecordAsync(AccountAudit.Entry(AuditEventType.RecoveryCodesGenerated, user, new { channel = SignInAudit.Web, count = codes.Count }), cancellationToken);
            return codes;
        }
    }
}
