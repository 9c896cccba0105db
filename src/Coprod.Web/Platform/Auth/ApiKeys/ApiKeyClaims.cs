using System.Globalization;
using System.Security.Claims;

namespace Coprod.Web.Platform.Auth.ApiKeys;

/// <summary>
/// The claims of a request signed in with an API key. They carry no <see cref="ClaimTypes.NameIdentifier"/>:
/// a key is never mistaken for a person, so every policy that asks for a member refuses it.
/// </summary>
public static class ApiKeyClaims
{
    public const string KeyId = "coprod:api_key";
    public const string PartnershipId = "coprod:api_key_partnership";
    public const string InstitutionId = "coprod:api_key_institution";

    public static ClaimsPrincipal Principal(ApiKeyIdentity key) =>
        new(new ClaimsIdentity(
        [
            new Claim(KeyId, key.KeyId.ToString()),
            new Claim(PartnershipId, key.PartnershipId.ToString()),
            new Claim(InstitutionId, key.InstitutionId.ToString()),
        ], ApiKeyAuthentication.SchemeName));

    /// <summary>The API key the request was signed in with, or null for a person or an anonymous caller.</summary>
    public static ApiKeyIdentity? GetApiKey(this ClaimsPrincipal principal)
    {
        var identity = principal.Identities.FirstOrDefault(i => i.AuthenticationType == ApiKeyAuthentication.SchemeName && i.IsAuthenticated);
        return identity is not null
            && Guid.TryParse(identity.FindFirst(KeyId)?.Value, CultureInfo.InvariantCulture, out var key)
            && Guid.TryParse(identity.FindFirst(PartnershipId)?.Value, CultureInfo.InvariantCulture, out var partnership)
            && Guid.TryParse(identity.FindFirst(InstitutionId)?.Value, CultureInfo.InvariantCulture, out var institution)
            ? new ApiKeyIdentity(key, partnership, institution)
            : null;
    }
}
