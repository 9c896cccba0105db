using System.Net.Mail;

namespace Coprod.Web.Platform.Auth;

/// <summary>Checks on account fields shared by the forms and the API.</summary>
public static class AccountRules
{
    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 256 && MailAddress.TryCreate(value.Trim(), out var a) && a.Address == value.Trim();
}
