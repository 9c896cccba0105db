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

    /// <summary>The new-amendment page; with <paramref name="sheetId"/>, a change of that sheet is already in the form.</summary>
    public static string New(Guid partnershipId, Guid contractId, Guid? sheetId = null) =>
        PartnershipUrl.For(partnershipId, $"contrat/{contractId}/avenants/nouveau") + (sheetId is { } id ? $"?fiche={id}" : "");

    public static string Edit(Guid partnershipId, Guid contractId, Guid amendmentId) =>
        PartnershipUrl.For(partnershipId, $"contrat/{contractId}/avenants/{amendmentId}/modifier");

    public static string Day(DateTimeOffset at) => ParisTime.ToParis(at).ToString("dd/MM/yyyy");
}
