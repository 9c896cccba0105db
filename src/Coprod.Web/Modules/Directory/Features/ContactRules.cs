using System.Net.Mail;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>What a service's work phone and e-mail look like.</summary>
internal static class ContactRules
{
    /// <summary>Digits with spaces, dots, dashes, parentheses and a leading +; at least two digits (short numbers such as 17).</summary>
    public static bool IsPhone(string? phone) =>
        phone is { Length: > 0 and <= Domain.DirectoryLimits.Phone }
        && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+')
        && phone.Count(char.IsAsciiDigit) >= 2
        && phone.LastIndexOf('+') <= 0;

    public static bool IsEmail(string? email) =>
        email is { Length: > 0 and <= Domain.DirectoryLimits.Email } && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
