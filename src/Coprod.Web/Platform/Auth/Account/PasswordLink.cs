namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Builds the absolute link to the page where a person chooses a password, used by the
/// "mot de passe oublié" mail and by invitations to a new account.
/// </summary>
/// <remarks>
/// The host comes from <c>Auth:PublicBaseUrl</c> when set (recommended in production: a forged
/// Host header then cannot put another site in the mail), otherwise from the request.
/// </remarks>
public sealed class PasswordLink(Microsoft.AspNetCore.Identity.UserManager<CoprodUser> users, IConfiguration configuration)
{
    public const string ResetPath = "compte/reinitialiser-mot-de-passe";

    public async Task<Uri> CreateAsync(CoprodUser user, Uri requestBaseUri)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return new Uri(BaseUri(requestBaseUri), $"{ResetPath}?email={Uri.EscapeDataString(user.Email!)}&code={ResetCode.Encode(token)}");
    }

    /// <summary>The base of the current request, for callers outside a page.</summary>
    public static Uri RequestBase(HttpRequest? request) =>
        request is null ? new Uri("http://localhost/") : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private Uri BaseUri(Uri requestBaseUri)
    {
        var configured = configuration["Auth:PublicBaseUrl"];
        var baseUri = string.IsNullOrWhiteSpace(configured) ? requestBaseUri : new Uri(configured, UriKind.Absolute);
        return baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
    }
}
