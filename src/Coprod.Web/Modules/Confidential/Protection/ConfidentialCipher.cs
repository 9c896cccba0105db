using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Modules.Confidential.Protection;

/// <summary>
/// Encrypts and decrypts confidential content (CONF-5) with ASP.NET Core Data Protection
/// (authenticated AES-256-CBC + HMAC-SHA256, keys rolled every 90 days, old keys kept to read old
/// content), from a key ring of its own kept in a folder outside the database — not the one that
/// protects cookies, which lives in the database. Each case has its own purpose, so a ciphertext
/// copied from one case into another does not open.
/// </summary>
public sealed class ConfidentialCipher
{
    private const string ApplicationName = "Coprod.Confidential";
    private readonly IDataProtector _root;
    private readonly ServiceProvider _ring;

    public ConfidentialCipher(IOptions<ConfidentialOptions> options, IHostEnvironment environment)
    {
        var path = options.Value.KeysPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "Confidential:KeysPath is required in Production: the keys of confidential content must live outside the database.");
            }
            path = Path.Combine("data", "confidential-keys");
        }
        var folder = System.IO.Directory.CreateDirectory(path);
        var certificate = options.Value.KeysCertificatePath is { Length: > 0 } certificatePath
            ? X509CertificateLoader.LoadPkcs12FromFile(certificatePath, options.Value.KeysCertificatePassword)
            : null;
        var services = new ServiceCollection();
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(folder);
        if (certificate is not null)
        {
            builder.ProtectKeysWithCertificate(certificate);
        }
        _ring = services.BuildServiceProvider();
        var provider = _ring.GetRequiredService<IDataProtectionProvider>();
        _root = provider.CreateProtector("Coprod.Confidential.Case.v1");
    }

    /// <summary>The JSON of <paramref name="value"/>, encrypted for the case <paramref name="caseId"/>.</summary>
    public string Seal<T>(Guid caseId, T value) => For(caseId).Protect(JsonSerializer.Serialize(value));

    /// <summary>The value sealed for <paramref name="caseId"/>; throws if it was sealed for another case or altered.</summary>
    public T Open<T>(Guid caseId, string sealedText) =>
        JsonSerializer.Deserialize<T>(For(caseId).Unprotect(sealedText)) ?? throw new InvalidOperationException("Empty sealed content.");

    /// <summary>
    /// The same content sealed with the key in force today, or null when it already is (used after a
    /// key rotation to move old content to the new key).
    /// </summary>
    public string? Reseal(Guid caseId, string sealedText)
    {
        var protector = (IPersistedDataProtector)For(caseId);
        var plain = protector.DangerousUnprotect(WebEncoders.Base64UrlDecode(sealedText), ignoreRevocationErrors: true,
            out var requiresMigration, out var wasRevoked);
        return requiresMigration || wasRevoked ? protector.Protect(System.Text.Encoding.UTF8.GetString(plain)) : null;
    }

    /// <summary>
    /// Creates a key that is in force from now (what Data Protection does every 90 days) and returns its id
    /// once this ring seals with it (the ring is reloaded in the background).
    /// </summary>
    internal Guid RotateKey()
    {
        var now = DateTimeOffset.UtcNow;
        var id = _ring.GetRequiredService<IKeyManager>().CreateNewKey(now, now.AddDays(90)).KeyId;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (KeyIdOf(_root.Protect("probe")) != id && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }
        return id;
    }

    /// <summary>Revokes a key: content still sealed with it no longer opens (run <c>confidential reseal</c> first).</summary>
    internal void RevokeKey(Guid keyId) => _ring.GetRequiredService<IKeyManager>().RevokeKey(keyId, "Rotated; content resealed.");

    /// <summary>The id of the key <paramref name="sealedText"/> was sealed with (from the envelope's header).</summary>
    internal static Guid KeyIdOf(string sealedText) => new(WebEncoders.Base64UrlDecode(sealedText).AsSpan(4, 16));

    private IDataProtector For(Guid caseId) => _root.CreateProtector(caseId.ToString("N"));
}
