using Microsoft.AspNetCore.Identity;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Finds the account behind a typed e-mail. For an unknown e-mail it still spends the time of a
/// password check, so response times do not tell which e-mails have an account.
/// </summary>
public sealed class SignInAccountLookup(UserManager<CoprodUser> users)
{
    private static readonly CoprodUser Nobody = new();
    private static string? _decoyHash;

    public async Task<CoprodUser?> FindAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            var decoy = _decoyHash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
            users.PasswordHasher.VerifyHashedPassword(Nobody, decoy, password);
        }
        return user;
    }
}
