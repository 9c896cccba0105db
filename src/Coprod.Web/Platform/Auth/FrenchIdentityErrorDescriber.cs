using Coprod.Web.Components.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Auth;

/// <summary>Identity's error messages in the user's language (French by default).</summary>
internal sealed class FrenchIdentityErrorDescriber(IStringLocalizer<Localization.UiText> t, IStringLocalizer<AccountText> account) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = t["Identity_PasswordTooShort", length] };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = t["Identity_PasswordRequiresDigit"] };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = t["Identity_PasswordRequiresLower"] };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = t["Identity_PasswordRequiresUpper"] };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = t["Identity_DuplicateEmail"] };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = t["Identity_DuplicateEmail"] };
    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = t["Identity_InvalidToken"] };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = t["Identity_InvalidEmail"] };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = account["Identity_PasswordMismatch"] };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = account["Identity_PasswordRequiresNonAlphanumeric"] };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = account["Identity_PasswordRequiresUniqueChars", uniqueChars] };
    public override IdentityError RecoveryCodeRedemptionFailed() => new() { Code = nameof(RecoveryCodeRedemptionFailed), Description = account["Identity_RecoveryCodeRedemptionFailed"] };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = account["Identity_ConcurrencyFailure"] };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = account["Identity_DefaultError"] };
}
