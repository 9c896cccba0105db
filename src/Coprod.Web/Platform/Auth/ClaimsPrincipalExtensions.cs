using System.Security.Claims;

namespace Coprod.Web.Platform.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The account id of the signed-in person, or null when anonymous.</summary>
    public static Guid? GetUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid RequireUserId(this ClaimsPrincipal principal) =>
        principal.GetUserId() ?? throw new InvalidOperationException("No signed-in user.");
}
