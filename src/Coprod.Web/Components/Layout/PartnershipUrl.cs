namespace Coprod.Web.Components.Layout;

/// <summary>Partnership pages live under <c>/p/{partnershipId}/…</c>; the tenant is always in the address.</summary>
public static class PartnershipUrl
{
    public static Guid? Parse(string relativePath)
    {
        var parts = relativePath.Split('/', '?', '#');
        return parts.Length >= 2 && parts[0] == "p" && Guid.TryParse(parts[1], out var id) ? id : null;
    }

    public static string Home(Guid partnershipId) => $"/p/{partnershipId}";

    public static string For(Guid partnershipId, string page) => $"/p/{partnershipId}/{page}";
}
