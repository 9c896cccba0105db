namespace Coprod.Web.Platform;

/// <summary>
/// Security headers on every response: a content security policy that forbids framing and
/// foreign scripts, no referrer leak, no MIME sniffing. Images may also come from the map's tile
/// server when one is configured (<c>Map:TileUrl</c>), and from nowhere else outside the site.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly string _appPolicy =
        $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:{TileOrigin(configuration["Map:TileUrl"])}; " +
        "font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    // The Scalar reference page configures itself with an inline script.
    private const string ScalarPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ScalarPolicy : _appPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=()";
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>" https://tiles.example.org" for a tile URL template (its <c>{s}</c> subdomains as a wildcard), or nothing.</summary>
    internal static string TileOrigin(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return "";
        }
        var host = template.Replace("{s}", "x", StringComparison.Ordinal);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "";
        }
        var name = template.Contains("{s}.", StringComparison.Ordinal) ? "*." + uri.Host[(uri.Host.IndexOf('.') + 1)..] : uri.Host;
        return $" {uri.Scheme}://{name}{(uri.IsDefaultPort ? "" : $":{uri.Port}")}";
    }
}
