using Coprod.Web.Components.Layout;

namespace Coprod.Web.Modules.Contract.Pages.Commitments;

/// <summary>The commitments' pages: all, mine, one.</summary>
public static class CommitmentUrl
{
    public static string All(Guid partnershipId) => PartnershipUrl.For(partnershipId, "engagements");

    public static string Mine(Guid partnershipId) => PartnershipUrl.For(partnershipId, "engagements/mes");

    public static string One(Guid partnershipId, Guid commitmentId) => PartnershipUrl.For(partnershipId, $"engagements/{commitmentId}");

    /// <summary>A date as French pages show it.</summary>
    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy");

    /// <summary>An instant's day in Paris.</summary>
    public static string Day(DateTimeOffset instant) => Platform.ParisTime.DateOf(instant).ToString("dd/MM/yyyy");
}
