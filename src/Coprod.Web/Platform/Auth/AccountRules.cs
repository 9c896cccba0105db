using System.Net.Mail;

namespace Coprod.Web.Platform.Auth;

/// <summary>Checks on account fields shared by the forms and the API.</summary>
public static class AccountRules
{
    /// <summary>An account locked out for longer than this many years is disabled by the operator.</summary>
    public const int DisabledForYears = 100;

    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 256 && MailAddress.TryCreate(value.Trim(), out var a) && a.Address == value.Trim();

    /// <summary>Whether the operator disabled the account (as opposed to a temporary lockout).</summary>
    public static bool IsDisabled(CoprodUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now.AddYears(DisabledForYears);
}
