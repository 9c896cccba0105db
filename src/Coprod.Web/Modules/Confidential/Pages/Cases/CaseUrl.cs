using System.Globalization;

namespace Coprod.Web.Modules.Confidential.Pages.Cases;

/// <summary>Addresses of the case pages and of the case routes the pages link to, and the dates they read and show.</summary>
internal static class CaseUrl
{
    public static string Group(Guid partnershipId, Guid groupId) => $"/p/{partnershipId}/confidentiel/groupes/{groupId}";

    public static string Cases(Guid partnershipId, Guid groupId) => $"/p/{partnershipId}/confidentiel/groupes/{groupId}/situations";

    public static string Case(Guid partnershipId, Guid caseId) => $"/p/{partnershipId}/confidentiel/situations/{caseId}";

    public static string AccessLog(Guid partnershipId, Guid caseId) => Case(partnershipId, caseId) + "/acces";

    public static string Print(Guid partnershipId, Guid caseId) => Case(partnershipId, caseId) + "/impression";

    public static string Export(Guid partnershipId, Guid caseId, string format) => $"/api/v1/partnerships/{partnershipId}/confidential/cases/{caseId}/export?format={format}";

    /// <summary>A date typed in a date field (yyyy-MM-dd), or null.</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Input(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as the case pages show it: Paris date and time.</summary>
    public static string Moment(DateTimeOffset at) => Coprod.Web.Platform.ParisTime.ToParis(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
