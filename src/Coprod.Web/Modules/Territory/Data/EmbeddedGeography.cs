using Coprod.Web.Modules.Territory.Domain;

namespace Coprod.Web.Modules.Territory.Data;

/// <summary>
/// The geography shipped inside the assembly, read on first use (a few hundred milliseconds)
/// and then shared read-only by every request: a singleton, identical on every instance.
/// </summary>
internal sealed class EmbeddedGeography : IGeography
{
    private readonly Lazy<Loaded> _loaded;

    public EmbeddedGeography() : this(GeographyFile.ReadEmbedded)
    {
    }

    internal EmbeddedGeography(Func<GeographyFile.Content> read) =>
        _loaded = new Lazy<Loaded>(() => new Loaded(read()), LazyThreadSafetyMode.ExecutionAndPublication);

    public int CogYear => Source.CogYear;

    public GeographySource Source => _loaded.Value.Content.Source;

    public IReadOnlyCollection<Commune> Communes => _loaded.Value.Communes.Values;

    public Commune? FindCommune(string insee) => _loaded.Value.Communes.GetValueOrDefault(insee.Trim().ToUpperInvariant());

    public Epci? FindEpci(string siren) => _loaded.Value.Epcis.GetValueOrDefault(siren.Trim());

    public Departement? FindDepartement(string code) => _loaded.Value.Departements.GetValueOrDefault(code.Trim().ToUpperInvariant());

    public Region? FindRegion(string code) => _loaded.Value.Regions.GetValueOrDefault(code.Trim());

    public IReadOnlyList<Commune> SearchCommunes(string query, int limit) => _loaded.Value.Search.Search(query, limit);

    private sealed class Loaded(GeographyFile.Content content)
    {
        public GeographyFile.Content Content { get; } = content;
        public Dictionary<string, Commune> Communes { get; } = content.Communes.ToDictionary(c => c.Insee);
        public Dictionary<string, Epci> Epcis { get; } = content.Epcis.ToDictionary(e => e.Siren);
        public Dictionary<string, Departement> Departements { get; } = content.Departements.ToDictionary(d => d.Code);
        public Dictionary<string, Region> Regions { get; } = content.Regions.ToDictionary(r => r.Code);
        public CommuneSearchIndex Search { get; } = new(content.Communes);
    }
}
