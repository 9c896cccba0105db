using Coprod.Web.Modules.Territory.Domain;
using MudBlazor;

namespace Coprod.Web.Modules.Territory.Pages;

/// <summary>Colour and icon of each status; the chip always carries the status in words too.</summary>
internal static class ComplianceStyle
{
    public static Color Color(ObligationStatus status) => status switch
    {
        ObligationStatus.Met => MudBlazor.Color.Success,
        ObligationStatus.NotMet => MudBlazor.Color.Error,
        ObligationStatus.Blocked => MudBlazor.Color.Warning,
        ObligationStatus.Optional => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Default,
    };

    public static string Icon(ObligationStatus status) => status switch
    {
        ObligationStatus.Met => Icons.Material.Filled.CheckCircle,
        ObligationStatus.NotMet => Icons.Material.Filled.Error,
        ObligationStatus.Blocked => Icons.Material.Filled.Block,
        ObligationStatus.Optional => Icons.Material.Filled.Info,
        _ => Icons.Material.Filled.RemoveCircleOutline,
    };
}
