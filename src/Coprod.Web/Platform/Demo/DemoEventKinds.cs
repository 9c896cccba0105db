using Coprod.Web.Modules.Events.Domain;

namespace Coprod.Web.Platform.Demo;

/// <summary>When in the day a kind of event happens (Paris time).</summary>
internal enum DemoHours
{
    Night,
    Evening,
    Day,
    Anytime,
}

/// <summary>
/// How one category of <see cref="DefaultCategories"/> behaves in the demo: how many a year in the
/// Métropole, the share in the quartiers (the rest elsewhere in the communes), its hours and months,
/// its severities (weights of Faible, Moyenne, Grave, TresGrave), its places and who reports it
/// ("ville" is the commune where it happens).
/// </summary>
internal sealed record DemoEventKind(string Code, double PerYear, double InQuartiers, DemoHours Hours, double[] Months, double[] Severities,
    SpotKind[] Spots, (string Institution, double Weight)[] Reporters)
{
    /// <summary>Share of events reported with a point; the others give only their commune.</summary>
    public double WithPoint => Code is "vol" or "autre" or "tension" ? 0.85 : 0.97;
}

/// <summary>The demo's categories, with the rhythms a CISPD of three communes sees.</summary>
internal static class DemoEventKinds
{
    private static readonly double[] Flat = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    private static readonly double[] SummerEvenings = [0.7, 0.7, 0.8, 1, 1.1, 1.4, 1.6, 1.5, 1.1, 0.9, 0.8, 0.8];
    private static readonly double[] ColdMonths = [1.4, 1.3, 1.1, 0.9, 0.8, 0.7, 0.7, 0.7, 0.9, 1.1, 1.3, 1.4];
    private static readonly double[] RodeoSeason = [0.2, 0.2, 0.4, 0.9, 1.3, 1.8, 2, 1.8, 1.2, 0.7, 0.3, 0.2];
    private static readonly double[] Outdoors = [0.8, 0.8, 1, 1.1, 1.2, 1.1, 1, 0.9, 1.1, 1, 0.9, 0.8];

    public static readonly IReadOnlyList<DemoEventKind> All =
    [
        new("degradation", 380, 0.65, DemoHours.Night, Flat, [5, 4, 1, 0], [SpotKind.Hall, SpotKind.Parking, SpotKind.Arret, SpotKind.Place],
            [("bailleur", 4), ("ville", 3), ("police-municipale", 2), ("transport", 1), ("mediation", 1)]),
        new("incendie", 150, 0.75, DemoHours.Night, ColdMonths, [0, 4, 4, 2], [SpotKind.Parking, SpotKind.Place],
            [("police-nationale", 3), ("ville", 1), ("bailleur", 1)]),
        new("rodeo", 110, 0.8, DemoHours.Evening, RodeoSeason, [1, 5, 3, 0], [SpotKind.Voirie, SpotKind.Parc, SpotKind.Parking],
            [("police-municipale", 3), ("police-nationale", 2), ("mediation", 2), ("ville", 1)]),
        new("regroupement", 300, 0.7, DemoHours.Evening, SummerEvenings, [6, 3, 0.5, 0], [SpotKind.Place, SpotKind.Hall, SpotKind.Parc],
            [("mediation", 4), ("bailleur", 2), ("police-municipale", 1)]),
        new("occupation-hall", 330, 0.95, DemoHours.Evening, ColdMonths, [5, 4, 1, 0], [SpotKind.Hall],
            [("bailleur", 5), ("mediation", 3)]),
        new("violence", 110, 0.5, DemoHours.Night, Flat, [0, 2, 5, 2], [SpotKind.Place, SpotKind.Arret],
            [("police-nationale", 4), ("police-municipale", 2), ("transport", 1), ("education", 1)]),
        new("trafic", 170, 0.9, DemoHours.Evening, Flat, [1, 5, 3, 0], [SpotKind.Hall, SpotKind.Parking],
            [("police-nationale", 4), ("bailleur", 2)]),
        new("incivilite", 280, 0.45, DemoHours.Anytime, Flat, [7, 3, 0, 0], [SpotKind.Arret, SpotKind.Place],
            [("transport", 3), ("mediation", 2), ("ville", 2), ("education", 1)]),
        new("tension", 200, 0.7, DemoHours.Evening, Flat, [4, 4, 1, 0], [SpotKind.Hall, SpotKind.Place],
            [("mediation", 3), ("bailleur", 2), ("departement", 2)]),
        new("nuisance-sonore", 230, 0.6, DemoHours.Night, SummerEvenings, [7, 3, 0, 0], [SpotKind.Place, SpotKind.Parc, SpotKind.Hall],
            [("mediation", 3), ("police-municipale", 2), ("bailleur", 2)]),
        new("tags", 150, 0.5, DemoHours.Day, Flat, [8, 2, 0, 0], [SpotKind.Hall, SpotKind.Arret, SpotKind.Place],
            [("ville", 3), ("bailleur", 2), ("transport", 1)]),
        new("depot-sauvage", 170, 0.55, DemoHours.Day, Outdoors, [7, 3, 0, 0], [SpotKind.Parking, SpotKind.Voirie],
            [("ville", 2), ("metropole", 2), ("bailleur", 2)]),
        new("vol", 120, 0.4, DemoHours.Anytime, Flat, [1, 6, 2, 0], [SpotKind.Parking, SpotKind.Arret, SpotKind.Place],
            [("police-nationale", 3), ("transport", 1), ("education", 1)]),
        new("rixe", 45, 0.7, DemoHours.Night, SummerEvenings, [0, 2, 5, 2], [SpotKind.Place, SpotKind.Parc],
            [("police-nationale", 3), ("mediation", 2), ("departement", 1)]),
        new("autre", 30, 0.5, DemoHours.Anytime, Flat, [5, 3, 1, 0], [SpotKind.Place, SpotKind.Parc],
            [("mediation", 1), ("ville", 1)]),
    ];

    public static DemoEventKind Of(string code) => All.Single(k => k.Code == code);

    /// <summary>Weights of the 24 Paris hours for each <see cref="DemoHours"/>.</summary>
    public static double[] HourWeights(DemoHours hours) => hours switch
    {
        DemoHours.Night => [6, 5, 4, 3, 1.5, 0.5, 0.3, 0.3, 0.4, 0.5, 0.5, 0.6, 0.7, 0.7, 0.8, 1, 1.2, 1.6, 2, 2.6, 3.4, 4.5, 5.5, 6],
        DemoHours.Evening => [2.5, 1.6, 1, 0.6, 0.3, 0.2, 0.3, 0.5, 0.7, 0.8, 1, 1.1, 1.2, 1.3, 1.6, 2, 2.6, 3.2, 3.8, 4.2, 4.4, 4.2, 3.6, 3],
        DemoHours.Day => [0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 1.6, 2.6, 3, 3.2, 3.2, 2.8, 2.8, 3, 3, 2.9, 2.6, 2, 1.4, 1, 0.7, 0.5, 0.3],
        _ => [1.2, 0.9, 0.7, 0.5, 0.4, 0.4, 0.6, 1, 1.5, 1.8, 2, 2, 2, 2, 2.1, 2.2, 2.4, 2.6, 2.8, 2.8, 2.6, 2.4, 2, 1.6],
    };

    /// <summary>
    /// How much busier an hour is for its day of the week: Friday and Saturday nights (20:00 to 05:00)
    /// much more for night and evening events; daytime reports fall at the weekend.
    /// </summary>
    public static double DayFactor(DemoHours hours, DateOnly day, int hour)
    {
        var night = hour >= 20 || hour < 5;
        var nightOf = hour < 5 ? day.AddDays(-1).DayOfWeek : day.DayOfWeek;
        if (night && hours is DemoHours.Night or DemoHours.Evening)
        {
            return nightOf is DayOfWeek.Friday or DayOfWeek.Saturday ? 2.4 : 1;
        }
        return (hours, day.DayOfWeek) switch
        {
            (DemoHours.Day, DayOfWeek.Saturday) => 0.6,
            (DemoHours.Day, DayOfWeek.Sunday) => 0.4,
            (_, DayOfWeek.Sunday) => 0.8,
            _ => 1,
        };
    }

    /// <summary>A severity drawn with the kind's weights.</summary>
    public static EventSeverity Severity(DemoEventKind kind, DemoRandom random) =>
        (EventSeverity)(random.Index(kind.Severities) + 1);
}
