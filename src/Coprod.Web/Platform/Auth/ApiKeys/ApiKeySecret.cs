using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Coprod.Web.Platform.Auth.ApiKeys;

/// <summary>
/// The secrets of API keys: 32 random bytes from the operating system's generator, written in
/// base64url (43 characters). Only their SHA-256 is stored; a secret that is guessed or leaked
/// from the database's backups cannot be turned back from it.
/// </summary>
public static class ApiKeySecret
{
    /// <summary>How many first characters of the secret are kept and shown to tell keys apart.</summary>
    public const int PrefixLength = 8;

    /// <summary>Longer headers are refused before any hashing or lookup.</summary>
    public const int MaxLength = 100;

    /// <summary>A new secret with its prefix and hash; the secret itself must be shown once and then forgotten.</summary>
    public static (string Secret, string Prefix, string Hash) Create()
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (secret, secret[..PrefixLength], HashOf(secret));
    }

    /// <summary>SHA-256 of the secret as sent, lower-case hex.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
