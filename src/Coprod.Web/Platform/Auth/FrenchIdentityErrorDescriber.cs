using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Auth;

/// <summary>Identity's error messages in the user's language (French by default).</summary>
internal sealed class FrenchIdentityErrorDescriber(IStringLocalizer<Localization.UiText> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = t["Identity_PasswordTooShort", length] };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = t["Identity_PasswordRequiresDigit"] };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = t["Identity_PasswordRequiresLower"] };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = t["Identity_PasswordRequiresUpper"] };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = t["Identity_DuplicateEmail"] };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = t["Identity_DuplicateEmail"] };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = t["Identity_InvalidToken"] };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = t["Identity_InvalidEmail"] };
}
