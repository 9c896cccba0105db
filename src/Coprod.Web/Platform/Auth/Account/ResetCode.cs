using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>Carries an Identity token in a URL: base64url of its UTF-8 bytes.</summary>
public static class ResetCode
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token, or null when the code is not valid base64url (a damaged or forged link).</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
