using System.Globalization;
using System.Text;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// What an authenticator app needs: the shared key, shown in groups of four to be typed by hand,
/// and the <c>otpauth://</c> URI (Key Uri Format) that the QR code carries.
/// </summary>
public static class AuthenticatorUri
{
    public const string Issuer = "Coprod";

    public static string For(string email, string key) => string.Create(CultureInfo.InvariantCulture,
        $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Issuer}&digits=6");

    /// <summary>"JBSWY3DPEHPK3PXP" → "jbsw y3dp ehpk 3pxp" (case and spaces do not matter to the apps).</summary>
    public static string FormatKey(string key)
    {
        var formatted = new StringBuilder(key.Length + key.Length / 4);
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                formatted.Append(' ');
            }
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return formatted.ToString().ToLowerInvariant();
    }

    /// <summary>A typed code without the spaces and dashes people add when copying it.</summary>
    public static string NormalizeCode(string code) => code.Replace(" ", "").Replace("-", "").Trim();
}
