using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Asks a signed-in person for their password again before a sensitive change. Wrong answers
/// count towards lockout, so an open session cannot be used to guess the password.
/// </summary>
public sealed class PasswordConfirmation(SignInManager<CoprodUser> signIn)
{
    public async Task<bool> ConfirmAsync(CoprodUser user, string password)
    {
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded;
    }
}
