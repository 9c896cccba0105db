namespace Coprod.Web.Modules.Confidential.Protection;

/// <summary>
/// <c>Confidential:*</c> settings. The keys that encrypt confidential content live in
/// <see cref="KeysPath"/>, a folder outside the database (CONF-5): a dump of the database alone
/// reveals nothing readable. Several instances share the same folder (a mounted volume).
/// </summary>
public sealed class ConfidentialOptions
{
    /// <summary>The key ring's folder; required in Production, <c>data/confidential-keys</c> elsewhere.</summary>
    public string? KeysPath { get; set; }

    /// <summary>Optional: a PFX certificate that encrypts the key files themselves (recommended in Production).</summary>
    public string? KeysCertificatePath { get; set; }

    public string? KeysCertificatePassword { get; set; }
}
