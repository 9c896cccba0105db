using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// The enrolment screen's content: the account's authenticator key (created on first visit,
/// kept afterwards so a key already scanned stays valid until 2FA is turned on), formatted for
/// typing, and the QR code of its <c>otpauth://</c> URI.
/// </summary>
public static class LoadAuthenticatorSetup
{
    public sealed record Setup(string FormattedKey, string Uri, string QrCodeSvg);

    public sealed class Handler(UserManager<CoprodUser> users, SignInManager<CoprodUser> signIn)
    {
        public async Task<Setup> HandleAsync(CoprodUser user)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                // A new key renews the security stamp: renew this session's cookie with it.
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user)
                    ?? throw new InvalidOperationException("The user store did not keep the authenticator key.");
            }
            var uri = AuthenticatorUri.For(user.Email ?? user.UserName ?? user.Id.ToString(), key);
            return new Setup(AuthenticatorUri.FormatKey(key), uri, QrCodeSvg.Render(uri));
        }
    }
}
