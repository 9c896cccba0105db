using MudBlazor;

namespace Coprod.Web.Components.Layout;

/// <summary>Colours chosen for contrast (WCAG AA) on white and on the app bar.</summary>
public static class CoprodTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e8c",
            Secondary = "#8a3b12",
            AppbarBackground = "#1f4e8c",
            Success = "#1e6b34",
            Warning = "#8a5300",
            Error = "#b3261e",
            Info = "#1f5f8b",
            TextSecondary = "#4a4a4a",
            ActionDefault = "#3d3d3d",
        },
    };
}
