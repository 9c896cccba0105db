using Coprod.Web.Platform.Audit;
using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Changes the password of the signed-in account (current one required). Other sessions end
/// (new security stamp); this one is renewed.
/// </summary>
public static class ChangePassword
{
    public sealed class Handler(UserManager<CoprodUser> users, SignInManager<CoprodUser> signIn, PasswordConfirmation confirmation, AuditTrail audit)
    {
        public async Task<IdentityResult> HandleAsync(CoprodUser user, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
        {
            if (!await confirmation.ConfirmAsync(user, currentPassword))
            {
                return IdentityResult.Failed(users.ErrorDescriber.PasswordMismatch());
            }
            var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                await audit.RecordAsync(AccountAudit.Entry(AuditEventType.PasswordChanged, user), cancellationToken);
            }
            return result;
        }
    }
}
