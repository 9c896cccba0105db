using System.Text.Json;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// Rough outlines of a few quartiers of the demo communes, drawn by hand for the demo only
/// (approximate, not the official QPV boundaries: the names say "démo"), imported through the normal GeoJSON import.
/// </summary>
internal static class DemoAreas
{
    /// <summary>One quartier: its name, kind, commune (INSEE) and outer ring of [longitude, latitude] points (not closed).</summary>
    public sealed record Outline(string Name, string Kind, string Commune, double[][] Ring);

    private static readonly Outline[] Outlines =
    [
        new("Village 2 (démo)", "qpv", DemoData.EchirollesInsee,
            [[5.7000, 45.1362], [5.7128, 45.1360], [5.7135, 45.1405], [5.7068, 45.1432], [5.6998, 45.1410]]),
        new("Essarts – Surieux (démo)", "qpv", DemoData.EchirollesInsee,
            [[5.7222, 45.1418], [5.7352, 45.1422], [5.7360, 45.1492], [5.7290, 45.1510], [5.7218, 45.1478]]),
        new("Centre-ville d'Échirolles (démo)", "quartier", DemoData.EchirollesInsee,
            [[5.7120, 45.1440], [5.7215, 45.1436], [5.7220, 45.1500], [5.7140, 45.1512]]),
        new("Mistral – Eaux-Claires (démo)", "qpv", DemoData.GrenobleInsee,
            [[5.7000, 45.1722], [5.7125, 45.1718], [5.7132, 45.1790], [5.7040, 45.1805], [5.6995, 45.1770]]),
        new("Villeneuve – Village olympique (démo)", "qpv", DemoData.GrenobleInsee,
            [[5.7280, 45.1572], [5.7450, 45.1568], [5.7458, 45.1655], [5.7365, 45.1672], [5.7275, 45.1640]]),
        new("Renaudie – Champberton (démo)", "qpv", DemoData.SaintMartinInsee,
            [[5.7550, 45.1702], [5.7698, 45.1698], [5.7705, 45.1772], [5.7610, 45.1785], [5.7548, 45.1750]]),
    ];

    /// <summary>Every outline, for the demo events that happen in them.</summary>
    public static IReadOnlyList<Outline> All => Outlines;

    /// <summary>The outline named <paramref name="name"/>.</summary>
    public static Outline Named(string name) => Outlines.Single(o => o.Name == name);

    /// <summary>A FeatureCollection of the outlines lying in the given communes.</summary>
    public static MemoryStream GeoJsonFor(params string[] communes)
    {
        var features = Outlines.Where(o => communes.Contains(o.Commune)).Select(o => new
        {
            type = "Feature",
            properties = new { name = o.Name, kind = o.Kind, commune = o.Commune, validFrom = "2024-01-01" },
            geometry = new { type = "Polygon", coordinates = new[] { o.Ring.Append(o.Ring[0]).ToArray() } },
        });
        return new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new { type = "FeatureCollection", features }));
    }
}
