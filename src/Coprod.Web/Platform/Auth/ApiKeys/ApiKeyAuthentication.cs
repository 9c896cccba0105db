using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Platform.Auth.ApiKeys;

/// <summary>
/// The <c>ApiKey</c> scheme for partners' systems (EVT-4): <c>Authorization: ApiKey &lt;secret&gt;</c>
/// or <c>X-Api-Key: &lt;secret&gt;</c>. It is never a default scheme: only the policy
/// <see cref="CoprodPolicies.PartnershipIngest"/> asks for it, so a key opens the ingest routes and
/// nothing else — no other API route and no page. The secret is looked up by its hash only, and
/// appears in no message or log.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IApiKeyLookup keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = SecretOf(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }
        // Unknown, revoked and malformed keys get the same answer: nothing tells which one it was.
        var key = secret.Length is 0 or > ApiKeySecret.MaxLength ? null : await keys.FindActiveAsync(ApiKeySecret.HashOf(secret), Context.RequestAborted);
        return key is null
            ? AuthenticateResult.Fail("Invalid or revoked API key.")
            : AuthenticateResult.Success(new AuthenticationTicket(ApiKeyClaims.Principal(key), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append("WWW-Authenticate", SchemeName);
        return Task.CompletedTask;
    }

    /// <summary>The secret sent, or null when the request carries no API key at all.</summary>
    public static string? SecretOf(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[(SchemeName.Length + 1)..].Trim();
        }
        return request.Headers.TryGetValue(Header, out var value) ? value.ToString().Trim() : null;
    }
}
