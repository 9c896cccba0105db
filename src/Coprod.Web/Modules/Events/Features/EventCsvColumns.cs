namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// The French column names of event spreadsheets, shared by the import and the export so that an
/// export can be imported again. Headers are compared without case, accents or spaces
/// (« Catégorie » is <c>categorie</c>); the JSON names of the API are accepted too.
/// </summary>
public static class EventCsvColumns
{
    public const string Category = "categorie";
    public const string Date = "date";
    public const string Severity = "gravite";
    public const string Description = "description";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Commune = "commune";
    public const string Area = "secteur";
    public const string Reference = "reference";

    /// <summary>The columns the import reads, in the order of the template.</summary>
    public static readonly IReadOnlyList<string> Import = [Category, Date, Severity, Description, Latitude, Longitude, Commune, Area, Reference];

    /// <summary>The columns every import file must have.</summary>
    public static readonly IReadOnlyList<string> Required = [Category, Date, Severity];

    /// <summary>Other spellings accepted in a header: the API's JSON names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["category"] = Category,
        ["occurredat"] = Date,
        ["severity"] = Severity,
        ["areaid"] = Area,
        ["externalreference"] = Reference,
    };

    /// <summary>The import column that holds an API field (the intake's errors are keyed by API field).</summary>
    public static string OfField(string field) => field switch
    {
        "category" => Category,
        "occurredAt" => Date,
        "severity" => Severity,
        "latitude" => Latitude,
        "longitude" => Longitude,
        "commune" => Commune,
        "areaId" => Area,
        "externalReference" => Reference,
        _ => Description,
    };

    /// <summary>The export's columns: the import's, with names and identifiers for the reader.</summary>
    public static readonly IReadOnlyList<string> Export =
    [
        "identifiant", Category, "libelle_categorie", Severity, Date, "date_iso", Latitude, Longitude, Commune, "nom_commune", Area,
        Description, "institution", Reference, "source",
    ];
}
