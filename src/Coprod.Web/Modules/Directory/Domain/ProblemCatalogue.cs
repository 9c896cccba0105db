namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>
/// DIR-3: the shared taxonomy of problems a service may handle. Codes are stored and used by
/// API clients: never rename one, only add. Labels are <c>Problem_{code}</c> in <c>DirectoryText</c>.
/// </summary>
public static class ProblemCatalogue
{
    public static readonly IReadOnlyList<string> Codes =
    [
        "tags",
        "depots-sauvages",
        "bruit",
        "occupation-halls",
        "rodeos-motorises",
        "trafic-stupefiants",
        "absenteisme-scolaire",
        "violences-intrafamiliales",
        "violences-femmes",
        "harcelement",
        "rixes",
        "incendies-vehicules-poubelles",
        "mineurs-errance",
        "personnes-vulnerables-isolees",
        "squats",
        "troubles-voisinage",
        "prostitution",
        "degradations",
        "insecurite-transports",
        "alcoolisation-voie-publique",
    ];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code);

    public static string LabelKey(string code) => $"Problem_{code}";
}
