using Coprod.Web.Components.Layout;
using Coprod.Web.Components.Shared;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Watch.Pages.Alerts;

/// <summary>Addresses of the watch pages, Paris times, and the reading of a procedure action's result.</summary>
internal static class WatchUrl
{
    public static string Alerts(Guid partnershipId) => PartnershipUrl.For(partnershipId, "veille");

    public static string Rules(Guid partnershipId) => PartnershipUrl.For(partnershipId, "veille/regles");

    public static string Alert(Guid partnershipId, Guid alertId) => PartnershipUrl.For(partnershipId, $"veille/alertes/{alertId}");

    public static DateTime Paris(DateTimeOffset at) => ParisTime.ToParis(at).DateTime;

    /// <summary>The alert a procedure action returned, or null with its errors kept in <paramref name="errors"/>.</summary>
    public static AlertDetailsDto? Read(FormErrors errors, IResult result) => errors.Read(result) && result is Ok<AlertDetailsDto> ok ? ok.Value : null;
}
