using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Modules.Territory.Pages;
using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Web.Modules.Events.Pages;

/// <summary>The colours of the map's layers, shared by the script that draws them and the legends that explain them.</summary>
public static class MapPalette
{
    /// <summary>Gi* classes, cold blue to hot red (ArcGIS's Hot Spot Analysis colours).</summary>
    public static readonly IReadOnlyList<(HotspotClass Class, string Colour)> Hotspots =
    [
        (HotspotClass.Hot99, "#d62f27"),
        (HotspotClass.Hot95, "#ed7551"),
        (HotspotClass.Hot90, "#fab984"),
        (HotspotClass.Cold90, "#c0ccbe"),
        (HotspotClass.Cold95, "#849eba"),
        (HotspotClass.Cold99, "#4575b5"),
    ];

    /// <summary>Five equal classes of density, from a fifth of the highest value to the highest.</summary>
    public static readonly IReadOnlyList<string> Density = ["#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15"];

    /// <summary>What the script needs: hotspot colours by bin (−3 to 3) and the density ramp.</summary>
    public static object ForScript() => new
    {
        hotspots = Hotspots.ToDictionary(h => ((int)h.Class).ToString(System.Globalization.CultureInfo.InvariantCulture), h => h.Colour),
        density = Density,
    };

    /// <summary>Area outlines by kind, as the territory page draws them.</summary>
    public static object Kinds() => Enum.GetValues<AreaKind>().ToDictionary(k => k.ToString(), k =>
    {
        var (fill, stroke, dash) = AreaMapDrawing.Style(k);
        return new { fill, stroke, dash };
    });
}
