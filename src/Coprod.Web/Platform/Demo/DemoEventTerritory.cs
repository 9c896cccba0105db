using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Coprod.Web.Modules.Events.Domain;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// A demo event before it is stored: its category code, severity, instant (whole seconds), point (or
/// none), commune, quartier (the <see cref="DemoAreas"/> name it lies in, or none), the key of the
/// reporting institution in <see cref="DemoData.Institutions"/> and its description.
/// </summary>
internal sealed record DemoEventDraft(string Category, EventSeverity Severity, DateTimeOffset OccurredAt, double? Latitude, double? Longitude,
    string Commune, string? Quartier, string Institution, string Description)
{
    /// <summary>One line that says everything about the event, for <see cref="Checksum"/>.</summary>
    public string Canonical => string.Join('|', Category, Severity, OccurredAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        Latitude?.ToString("F6", CultureInfo.InvariantCulture), Longitude?.ToString("F6", CultureInfo.InvariantCulture), Commune, Quartier, Institution,
        Description);

    /// <summary>A short fingerprint of a set of events, whatever their order.</summary>
    public static string Checksum(IEnumerable<DemoEventDraft> events)
    {
        var lines = events.Select(e => e.Canonical).Order(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
    }
}

/// <summary>
/// The events of one demo partnership: its zones, its volume (1 = the Métropole's), its summer rodeos (how
/// many, and the share of each quartier), its New Year's Eve vehicle fires and the quartier heating up in the
/// last three weeks (the extra events of each week, oldest first, per <see cref="HeatingCategories"/>).
/// </summary>
internal sealed record DemoTerritory(Guid PartnershipId, int Seed, double Volume, IReadOnlyList<DemoZone> Zones,
    IReadOnlyList<(DemoZone Zone, double Share)> RodeoZones, int SummerRodeos, int NewYearFires, DemoZone Heating, int[][] HeatingWeeks)
{
    /// <summary>The categories of a quartier heating up: damage, occupied halls, tension.</summary>
    public static readonly string[] HeatingCategories = ["degradation", "occupation-hall", "tension"];

    /// <summary>The institutions of the partnership, by key.</summary>
    public IReadOnlySet<string> Institutions { get; } = DemoData.Institutions
        .Where(i => PartnershipId == DemoData.Metropole ? i.InMetropole : i.InEchirolles).Select(i => i.Key).ToHashSet();

    /// <summary>The CISPD of the three communes: Mistral – Eaux-Claires heats up, rodeos at Villeneuve and Essarts – Surieux.</summary>
    public static readonly DemoTerritory Metropole = new(DemoData.Metropole, 20261, 1,
        [DemoEventPlaces.MistralZone, DemoEventPlaces.VilleneuveZone, DemoEventPlaces.RenaudieZone, DemoEventPlaces.Village2Zone,
            DemoEventPlaces.EssartsZone, DemoEventPlaces.CentreEchirollesZone, DemoEventPlaces.GrenobleElsewhere, DemoEventPlaces.EchirollesElsewhere,
            DemoEventPlaces.SaintMartinElsewhere],
        [(DemoEventPlaces.VilleneuveZone, 0.55), (DemoEventPlaces.EssartsZone, 0.35), (DemoEventPlaces.RenaudieZone, 0.05), (DemoEventPlaces.MistralZone, 0.05)],
        200, 28, DemoEventPlaces.MistralZone, [[3, 4, 3], [6, 8, 5], [12, 14, 10]]);

    /// <summary>The CLSPD of Échirolles: Village 2 heats up, rodeos at Essarts – Surieux.</summary>
    public static readonly DemoTerritory Echirolles = new(DemoData.Echirolles, 20262, 0.4,
        [DemoEventPlaces.Village2Zone, DemoEventPlaces.EssartsZone, DemoEventPlaces.CentreEchirollesZone, DemoEventPlaces.EchirollesElsewhere],
        [(DemoEventPlaces.EssartsZone, 0.7), (DemoEventPlaces.Village2Zone, 0.25), (DemoEventPlaces.CentreEchirollesZone, 0.05)],
        90, 12, DemoEventPlaces.Village2Zone, [[2, 4, 3], [5, 8, 5], [10, 14, 10]]);

    public static readonly IReadOnlyList<DemoTerritory> All = [Metropole, Echirolles];
}
