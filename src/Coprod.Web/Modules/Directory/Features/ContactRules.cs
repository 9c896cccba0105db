using System.Text.RegularExpressions;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>What work phones and e-mails look like, for services and for the directory's people.</summary>
internal static partial class ContactRules
{
    /// <summary>Digits with spaces, dots, dashes, parentheses and a leading +; at least two digits (short numbers such as 17).</summary>
    public static bool IsPhone(string? phone) =>
        phone is { Length: > 0 and <= Domain.DirectoryLimits.Phone }
        && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' or '+')
        && phone.Count(char.IsAsciiDigit) >= 2
        && phone.LastIndexOf('+') <= 0;

    public static bool IsEmail(string? email) => email is { Length: <= Domain.DirectoryLimits.Email } && AccountRules.IsEmail(email);

    /// <summary>A person's full number, never a short one: "04 76 12 34 56", "+33 4 76 12 34 56", "0476123456".</summary>
    public static bool IsFullNumber(string phone) => FullNumber().IsMatch(phone);

    /// <summary>The <c>tel:</c> link of a phone as written ("04 76 12 34 56" → <c>tel:0476123456</c>): digits and a leading +.</summary>
    public static string TelLink(string phone) => "tel:" + new string(phone.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(?:(?:\+|00)\d{2,3}[ .\-]?(?:\(0\)[ .\-]?)?\d(?:[ .\-]?\d{2}){4}|0\d(?:[ .\-]?\d{2}){4})$", RegexOptions.CultureInvariant)]
    private static partial Regex FullNumber();
}
