namespace Coprod.Web.Platform.Auth.ApiKeys;

/// <summary>What an API key stands for: one institution, in one partnership.</summary>
public sealed record ApiKeyIdentity(Guid KeyId, Guid PartnershipId, Guid InstitutionId);

/// <summary>
/// Finds the active key whose secret has this hash, on every request (a revoked key is refused
/// at once, on every instance), and notes that it was used. Implemented by the module that owns keys.
/// </summary>
public interface IApiKeyLookup
{
    /// <summary>The key, or null when no active key has this hash (unknown and revoked keys look the same).</summary>
    Task<ApiKeyIdentity?> FindActiveAsync(string secretHash, CancellationToken ct);
}
