namespace Coprod.Web.Platform.Demo;

/// <summary>What a place where demo events happen is: it decides which kinds of events happen there.</summary>
internal enum SpotKind
{
    Hall,
    Parking,
    Place,
    Arret,
    Voirie,
    Parc,
}

/// <summary>A place where events cluster (a hall, a car park, a tram stop), WGS84, and how busy it is.</summary>
internal sealed record DemoSpot(SpotKind Kind, double Lon, double Lat, double Weight = 1);

/// <summary>
/// Where demo events happen: a quartier of <see cref="DemoAreas"/> (<see cref="Quartier"/> its name), or the
/// rest of a commune (no quartier: its points need their commune), with its share of the background events.
/// </summary>
internal sealed record DemoZone(string Commune, string? Quartier, double Weight, IReadOnlyList<DemoSpot> Spots);

/// <summary>The demo quartiers' spots and the communes' other busy places, by hand, roughly where such places are.</summary>
internal static class DemoEventPlaces
{
    public const string Village2 = "Village 2 (démo)";
    public const string Essarts = "Essarts – Surieux (démo)";
    public const string CentreEchirolles = "Centre-ville d'Échirolles (démo)";
    public const string Mistral = "Mistral – Eaux-Claires (démo)";
    public const string Villeneuve = "Villeneuve – Village olympique (démo)";
    public const string Renaudie = "Renaudie – Champberton (démo)";

    private static DemoZone Quartier(string name, double weight, params DemoSpot[] spots) => new(DemoAreas.Named(name).Commune, name, weight, spots);

    private static DemoZone Elsewhere(string commune, double weight, params DemoSpot[] spots) => new(commune, null, weight, spots);

    public static readonly DemoZone MistralZone = Quartier(Mistral, 10,
        new(SpotKind.Hall, 5.7040, 45.1752, 3), new(SpotKind.Hall, 5.7088, 45.1766, 2), new(SpotKind.Parking, 5.7066, 45.1738, 2),
        new(SpotKind.Place, 5.7098, 45.1782), new(SpotKind.Arret, 5.7022, 45.1737), new(SpotKind.Voirie, 5.7110, 45.1745));

    public static readonly DemoZone VilleneuveZone = Quartier(Villeneuve, 14,
        new(SpotKind.Hall, 5.7330, 45.1612, 3), new(SpotKind.Hall, 5.7405, 45.1640, 2), new(SpotKind.Parc, 5.7385, 45.1622, 2),
        new(SpotKind.Parking, 5.7420, 45.1592, 2), new(SpotKind.Arret, 5.7302, 45.1596), new(SpotKind.Voirie, 5.7360, 45.1583, 2),
        new(SpotKind.Place, 5.7350, 45.1650));

    public static readonly DemoZone RenaudieZone = Quartier(Renaudie, 8,
        new(SpotKind.Hall, 5.7600, 45.1732, 2), new(SpotKind.Parking, 5.7660, 45.1720), new(SpotKind.Place, 5.7630, 45.1756),
        new(SpotKind.Voirie, 5.7575, 45.1745));

    public static readonly DemoZone Village2Zone = Quartier(Village2, 8,
        new(SpotKind.Hall, 5.7050, 45.1386, 3), new(SpotKind.Hall, 5.7085, 45.1410, 2), new(SpotKind.Parking, 5.7096, 45.1378, 2),
        new(SpotKind.Place, 5.7070, 45.1402), new(SpotKind.Arret, 5.7112, 45.1392), new(SpotKind.Voirie, 5.7020, 45.1375));

    public static readonly DemoZone EssartsZone = Quartier(Essarts, 10,
        new(SpotKind.Hall, 5.7262, 45.1452, 3), new(SpotKind.Hall, 5.7312, 45.1488), new(SpotKind.Parking, 5.7322, 45.1445, 2),
        new(SpotKind.Parc, 5.7298, 45.1478, 2), new(SpotKind.Arret, 5.7246, 45.1470), new(SpotKind.Voirie, 5.7338, 45.1462, 2));

    public static readonly DemoZone CentreEchirollesZone = Quartier(CentreEchirolles, 6,
        new(SpotKind.Place, 5.7170, 45.1470, 2), new(SpotKind.Arret, 5.7150, 45.1456, 2), new(SpotKind.Parking, 5.7195, 45.1490));

    public static readonly DemoZone GrenobleElsewhere = Elsewhere(DemoData.GrenobleInsee, 22,
        new(SpotKind.Place, 5.7275, 45.1905, 3), new(SpotKind.Arret, 5.7150, 45.1915, 3), new(SpotKind.Place, 5.7105, 45.1875, 2),
        new(SpotKind.Parc, 5.7440, 45.1965), new(SpotKind.Parking, 5.7230, 45.1860), new(SpotKind.Voirie, 5.7420, 45.1705),
        new(SpotKind.Arret, 5.7090, 45.1890));

    public static readonly DemoZone EchirollesElsewhere = Elsewhere(DemoData.EchirollesInsee, 8,
        new(SpotKind.Place, 5.7070, 45.1560), new(SpotKind.Parking, 5.7060, 45.1300, 2), new(SpotKind.Voirie, 5.7330, 45.1370),
        new(SpotKind.Arret, 5.7035, 45.1468));

    public static readonly DemoZone SaintMartinElsewhere = Elsewhere(DemoData.SaintMartinInsee, 10,
        new(SpotKind.Place, 5.7650, 45.1660, 2), new(SpotKind.Arret, 5.7700, 45.1920, 2), new(SpotKind.Parking, 5.7560, 45.1610),
        new(SpotKind.Voirie, 5.7480, 45.1760));
}
