using Coprod.Web.Components.Layout;

namespace Coprod.Web.Modules.Contract.Pages;

/// <summary>Addresses of the contract pages.</summary>
internal static class ContractUrl
{
    public static string Contracts(Guid partnershipId) => PartnershipUrl.For(partnershipId, "contrat");

    public static string Contract(Guid partnershipId, Guid contractId) => PartnershipUrl.For(partnershipId, $"contrat/{contractId}");

    public static string Edit(Guid partnershipId, Guid contractId) => PartnershipUrl.For(partnershipId, $"contrat/{contractId}/modifier");

    public static string Print(Guid partnershipId, Guid contractId) => PartnershipUrl.For(partnershipId, $"contrat/{contractId}/imprimer");

    public static string NewSheet(Guid partnershipId, Guid contractId) => PartnershipUrl.For(partnershipId, $"contrat/{contractId}/fiches/nouvelle");

    public static string Sheet(Guid partnershipId, Guid contractId, Guid sheetId) => PartnershipUrl.For(partnershipId, $"contrat/{contractId}/fiches/{sheetId}");

    public static string EditSheet(Guid partnershipId, Guid contractId, Guid sheetId) =>
        PartnershipUrl.For(partnershipId, $"contrat/{contractId}/fiches/{sheetId}/modifier");

    /// <summary>The indicator values page (another feature's page).</summary>
    public static string Indicators(Guid partnershipId, Guid contractId, Guid sheetId) =>
        PartnershipUrl.For(partnershipId, $"contrat/{contractId}/fiches/{sheetId}/indicateurs");

    public static DateOnly? Day(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    public static DateTime? Day(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);
}
