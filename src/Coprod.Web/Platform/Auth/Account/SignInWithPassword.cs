using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// First step of the sign-in page: e-mail and password on the cookie scheme, counting failures
/// towards lockout. An account with two-factor authentication comes out with
/// <see cref="SignInResult.RequiresTwoFactor"/> and a short-lived cookie for the second step.
/// </summary>
public static class SignInWithPassword
{
    public sealed class Handler(SignInManager<CoprodUser> signIn, SignInAccountLookup accounts, SignInAudit audit)
    {
        public async Task<SignInResult> HandleAsync(string email, string password, CancellationToken cancellationToken = default)
        {
            var user = await accounts.FindAsync(email, password);
            var result = user is null
                ? SignInResult.Failed
                : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            await audit.RecordAsync(user, result, SignInAudit.Web, cancellationToken);
            return result;
        }
    }
}
