namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// Where to go after signing in: only a path of this application, never another site, so a
/// crafted sign-in link cannot send the person elsewhere (open redirect).
/// </summary>
public static class LocalReturnUrl
{
    public const string Home = "/";

    /// <summary>The URL when it is a local path, otherwise <see cref="Home"/>.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url : Home;

    public static bool IsLocal([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        // "//host" and "/\host" are read by browsers as another site.
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
