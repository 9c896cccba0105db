using Coprod.Web.Components.Layout;
using Coprod.Web.Platform;

namespace Coprod.Web.Modules.Contract.Pages.Amendments;

/// <summary>Addresses of the amendments' pages, and Paris times.</summary>
internal static class AmendmentUrl
{
    public static string Contract(Guid partnershipId, Guid contractId) => PartnershipUrl.For(partnershipId, $"contrat/{contractId}");

    public static string List(Guid partnershipId, Guid contractId) => PartnershipUrl.For(partnershipId, $"contrat/{contractId}/avenants");

    public static string Detail(Guid partnershipId, Guid contractId, Guid amendmentId) =>
        PartnershipUrl.For(partnershipId, $"contrat/{contractId}/avenants/{amendmentId}");

    public static string Day(DateTimeOffset at) => ParisTime.ToParis(at).ToString("dd/MM/yyyy");
}
