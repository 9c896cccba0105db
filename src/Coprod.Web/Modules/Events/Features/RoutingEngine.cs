using Coprod.Web.Modules.Directory;
using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Applies a partnership's protocol (<see cref="RoutingProtocol"/>) to real or simulated events:
/// reads the active rules once (<see cref="EventReferenceData"/>), finds every area an event lies in, and asks the directory who is
/// present and on call on its place at the time it occurred — only when an outside-presence rule
/// matches, and once per place and instant. Nothing is saved here.
/// </summary>
public sealed class RoutingEngine(CoprodDbContext db, EventReferenceData reference, IGeography geography, TimeProvider clock, IStringLocalizer<DirectoryText> dt)
{
    private static readonly GeometryFactory Factory = AreaGeometry.Services.CreateGeometryFactory();

    /// <summary>One event to route: what <see cref="SafetyEvent"/> holds, by category code.</summary>
    public sealed record Facts(string Category, EventSeverity Severity, string Commune, Guid? AreaId, double? Latitude, double? Longitude, DateTimeOffset OccurredAt);

    public async Task<Session> BeginAsync(Guid partnershipId, CancellationToken ct)
    {
        var rules = await reference.RulesAsync(partnershipId, ct);
        var index = rules.Any(r => r.Areas.Count > 0) ? (await reference.TerritoryAsync(partnershipId, ct)).Areas : null;
        return new Session(this, partnershipId, rules, index);
    }

    // A place the directory no longer knows (an area retired since) has nobody.
    private async Task<(IEnumerable<Guid> Present, IEnumerable<Guid> OnCall)> WhoIsThereAsync(Guid partnershipId, string? commune, Guid? areaId, DateTimeOffset at,
        CancellationToken ct)
    {
        var (query, _, _) = await DirectoryQuery.LoadAsync(db, geography, clock, partnershipId, commune, areaId?.ToString(), new Validation(), dt, ct);
        if (query is null)
        {
            return ([], []);
        }
        var present = query.Services.Where(s => query.IsPresent(s.Id, at)).Select(s => s.InstitutionId).ToList();
        var onCall = (await query.OnCallAtAsync(db, at, null, ct)).Select(o => o.Service.InstitutionId).ToList();
        return (present, onCall);
    }

    /// <summary>The rules of one partnership, ready for any number of events.</summary>
    public sealed class Session
    {
        private readonly RoutingEngine _engine;
        private readonly Guid _partnershipId;
        private readonly IReadOnlyList<RoutingRule> _rules;
        private readonly AreaIndex? _index;
        private readonly Dictionary<(string, Guid?, DateTimeOffset), PlaceAtTime> _places = [];

        internal Session(RoutingEngine engine, Guid partnershipId, IReadOnlyList<RoutingRule> rules, AreaIndex? index)
        {
            _engine = engine;
            _partnershipId = partnershipId;
            _rules = rules;
            _index = index;
        }

        public bool HasRules => _rules.Count > 0;

        public IReadOnlyDictionary<Guid, RoutingRule> Rules => _rules.ToDictionary(r => r.Id);

        public async Task<IReadOnlyList<RoutedRecipient>> RouteAsync(Facts facts, Guid? reportingInstitution, CancellationToken ct)
        {
            var located = Areas(facts);
            var routed = new RoutedEvent(facts.Category, facts.Severity, facts.Commune, located, facts.OccurredAt);
            var matching = _rules.Where(r => RoutingProtocol.Matches(r, routed)).ToList();
            if (matching.Count == 0)
            {
                return [];
            }
            var place = matching.Any(r => r.Window == RoutingWindow.OutsidePresence) ? await PlaceAsync(facts, located, ct) : null;
            return RoutingProtocol.Recipients(matching, place, reportingInstitution);
        }

        private HashSet<Guid> Areas(Facts facts)
        {
            var found = new HashSet<Guid>();
            if (facts.AreaId is { } areaId)
            {
                found.Add(areaId);
            }
            if (_index is not null && facts.Latitude is { } lat && facts.Longitude is { } lon)
            {
                var day = ParisTime.DateOf(facts.OccurredAt);
                found.UnionWith(_index.Locate(Factory.CreatePoint(new Coordinate(lon, lat)), day).Select(a => a.Area.Id));
            }
            return found;
        }

        // The commune and each current area the event lies in are asked separately: a service present
        // on a QPV is present for an event in an IRIS inside it, and a commune-wide service everywhere.
        private async Task<PlaceAtTime> PlaceAsync(Facts facts, IReadOnlySet<Guid> located, CancellationToken ct)
        {
            var key = (facts.Commune, facts.AreaId, facts.OccurredAt);
            if (_places.TryGetValue(key, out var cached))
            {
                return cached;
            }
            var present = new HashSet<Guid>();
            var onCall = new List<Guid>();
            foreach (var (commune, areaId) in located.Select(a => ((string?)null, (Guid?)a)).Prepend((facts.Commune, null)))
            {
                var (here, there) = await _engine.WhoIsThereAsync(_partnershipId, commune, areaId, facts.OccurredAt, ct);
                present.UnionWith(here);
                onCall.AddRange(there);
            }
            return _places[key] = new PlaceAtTime(present, onCall.Distinct().ToList());
        }
    }
}
