namespace Coprod.Web.Modules.Confidential.Pages.Groups;

/// <summary>The addresses of the confidential pages (the cases pages belong to the cases' part of the module).</summary>
public static class GroupUrl
{
    public static string Home(Guid partnershipId) => $"/p/{partnershipId}/confidentiel";

    public static string Group(Guid partnershipId, Guid groupId) => $"/p/{partnershipId}/confidentiel/groupes/{groupId}";

    public static string Charter(Guid partnershipId, Guid groupId) => $"/p/{partnershipId}/confidentiel/groupes/{groupId}/charte";

    public static string Cases(Guid partnershipId, Guid groupId) => $"/p/{partnershipId}/confidentiel/groupes/{groupId}/situations";

    public static string Coordinations(Guid partnershipId) => $"/p/{partnershipId}/confidentiel/coordinations";

    public static string Register(Guid partnershipId) => $"/p/{partnershipId}/confidentiel/registre";

    public const string Security = "/compte/securite";
}
