using System.Globalization;
using System.Resources;

namespace Coprod.Web.Components.Account;

/// <summary>
/// Marker for the texts of the account pages and mails (<c>AccountText.resx</c> is French, the
/// neutral resource; <c>AccountText.en.resx</c> English). The static properties give form
/// validation attributes their messages in the current language.
/// </summary>
public sealed class AccountText
{
    private static readonly ResourceManager Resources = new(typeof(AccountText).FullName!, typeof(AccountText).Assembly);

    public static string Validation_EmailRequired => Get(nameof(Validation_EmailRequired));
    public static string Validation_EmailInvalid => Get(nameof(Validation_EmailInvalid));
    public static string Validation_PasswordRequired => Get(nameof(Validation_PasswordRequired));
    public static string Validation_CurrentPasswordRequired => Get(nameof(Validation_CurrentPasswordRequired));
    public static string Validation_NewPasswordRequired => Get(nameof(Validation_NewPasswordRequired));
    public static string Validation_ConfirmationMismatch => Get(nameof(Validation_ConfirmationMismatch));
    public static string Validation_CodeRequired => Get(nameof(Validation_CodeRequired));
    public static string Validation_CodeFormat => Get(nameof(Validation_CodeFormat));

    private static string Get(string name) => Resources.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
