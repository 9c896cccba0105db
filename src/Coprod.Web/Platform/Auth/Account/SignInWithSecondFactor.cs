using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Second step of the sign-in page: a code from the authenticator app, or one of the recovery
/// codes, for the account that passed the password step a few minutes ago (Identity's
/// two-factor cookie). Wrong codes count towards lockout.
/// </summary>
public static class SignInWithSecondFactor
{
    public sealed class Handler(SignInManager<CoprodUser> signIn, SignInAudit audit)
    {
        /// <summary>The account waiting for its second factor, or null when the first step is missing or expired.</summary>
        public Task<CoprodUser?> PendingAccountAsync() => signIn.GetTwoFactorAuthenticationUserAsync();

        /// <summary>The outcome, or null when no account is waiting (start again from the password).</summary>
        public async Task<SignInResult?> HandleAsync(SignInFactor factor, string code, CancellationToken cancellationToken = default)
        {
            var user = await signIn.GetTwoFactorAuthenticationUserAsync();
            if (user is null)
            {
                return null;
            }
            var result = factor == SignInFactor.RecoveryCode
                ? await signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim().ToUpperInvariant())
                : await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorUri.NormalizeCode(code), isPersistent: false, rememberClient: false);
            await audit.RecordAsync(user, result, SignInAudit.Web, factor, cancellationToken);
            return result;
        }
    }
}
