using Coprod.Web.Components.Layout;
using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Governance.Pages;

/// <summary>Addresses of the governance pages, and Paris wall-clock times for their forms.</summary>
internal static class GovernanceUrl
{
    public static string Bodies(Guid partnershipId) => PartnershipUrl.For(partnershipId, "instances");

    public static string Body(Guid partnershipId, Guid bodyId) => PartnershipUrl.For(partnershipId, $"instances/{bodyId}");

    public static string Meeting(Guid partnershipId, Guid meetingId) => PartnershipUrl.For(partnershipId, $"instances/reunions/{meetingId}");

    public static string Ics(Guid partnershipId, Guid meetingId) => $"/api/v1/partnerships/{partnershipId}/governance/meetings/{meetingId}/invitation.ics";

    public static string Document(Guid partnershipId, Guid meetingId, Guid documentId) =>
        $"/api/v1/partnerships/{partnershipId}/governance/meetings/{meetingId}/documents/{documentId}";

    public static DateTime Paris(DateTimeOffset at) => ParisTime.ToParis(at).DateTime;

    /// <summary>A Paris wall-clock date and time as an instant.</summary>
    public static DateTimeOffset FromParis(DateTime day, TimeSpan time) => ParisTime.FromLocal(day.Date + time);
}
