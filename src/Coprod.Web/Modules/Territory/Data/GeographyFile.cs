using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Web.Modules.Territory.Data;

/// <summary>
/// Reads <c>Data/Geography/geography.json.gz</c> (format 1, written by <c>tools/geography/extract.js</c>;
/// see the README next to it): arrays instead of objects, EPCI members derived from the communes.
/// </summary>
internal static class GeographyFile
{
    public const string ResourceName = "Coprod.Geography.geography.json.gz";

    public sealed record Content(
        GeographySource Source,
        IReadOnlyList<Region> Regions,
        IReadOnlyList<Departement> Departements,
        IReadOnlyList<Epci> Epcis,
        IReadOnlyList<Commune> Communes);

    public static Content ReadEmbedded()
    {
        using var stream = typeof(GeographyFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing: run tools/geography/refresh.sh.");
        return Read(stream);
    }

    public static Content Read(Stream gzipped)
    {
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        var root = document.RootElement;
        if (root.GetProperty("format").GetInt32() != 1)
        {
            throw new InvalidDataException("Unknown geography file format.");
        }
        var source = root.GetProperty("source");
        var departements = Rows(root, "departements", r => new Departement(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!));
        var regionOf = departements.ToDictionary(d => d.Code, d => d.RegionCode);
        var communes = Rows(root, "communes", r => new Commune(
            r[0].GetString()!,
            r[1].GetString()!,
            r[2].GetString()!,
            regionOf.GetValueOrDefault(r[2].GetString()!, ""),
            r[3].GetInt32(),
            r[4].EnumerateArray().Select(p => p.GetString()!).ToArray(),
            r[5].ValueKind == JsonValueKind.Null ? null : r[5].GetString()));
        var members = communes.Where(c => c.EpciSiren is not null).ToLookup(c => c.EpciSiren!, c => c.Insee);
        return new Content(
            new GeographySource(
                source.GetProperty("package").GetString()!,
                source.GetProperty("version").GetString()!,
                source.GetProperty("cogYear").GetInt32(),
                DateOnly.ParseExact(source.GetProperty("extractedOn").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Rows(root, "regions", r => new Region(r[0].GetString()!, r[1].GetString()!)),
            departements,
            Rows(root, "epci", r => new Epci(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!, members[r[0].GetString()!].ToArray())),
            communes);
    }

    private static List<T> Rows<T>(JsonElement root, string name, Func<JsonElement[], T> map) =>
        root.GetProperty(name).EnumerateArray().Select(row => map(row.EnumerateArray().ToArray())).ToList();
}
