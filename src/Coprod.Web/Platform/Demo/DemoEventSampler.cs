namespace Coprod.Web.Platform.Demo;

/// <summary>
/// Draws the parts of a demo event: an instant by the hour weights of its kind, a point around a spot
/// (or anywhere in the quartier), who reports it and what they write. All draws come from the one
/// <see cref="DemoRandom"/>, in a fixed order, so that the same seed and clock give the same events.
/// </summary>
internal sealed class DemoEventSampler(DemoTerritory territory, DemoRandom random)
{
    private const double MetresPerDegree = 111_320;

    /// <summary>
    /// An instant in [<paramref name="from"/>, <paramref name="to"/>] (whole seconds) drawn with
    /// <paramref name="weight"/>(Paris date, Paris hour) ≤ <paramref name="maxWeight"/>; uniform after many refusals.
    /// </summary>
    public DateTimeOffset Instant(DateTimeOffset from, DateTimeOffset to, Func<DateOnly, int, double> weight, double maxWeight)
    {
        var seconds = Math.Max((long)(to - from).TotalSeconds, 0);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var at = from.AddSeconds(Math.Floor(random.Next() * (seconds + 1)));
            var local = ParisTime.ToParis(at);
            if (random.Next() * maxWeight < weight(DateOnly.FromDateTime(local.DateTime), local.Hour))
            {
                return at;
            }
        }
        return from.AddSeconds(Math.Floor(random.Next() * (seconds + 1)));
    }

    /// <summary>An instant by the hours, days and months of <paramref name="kind"/>.</summary>
    public DateTimeOffset Instant(DemoEventKind kind, DateTimeOffset from, DateTimeOffset to)
    {
        var hours = DemoEventKinds.HourWeights(kind.Hours);
        return Instant(from, to, (day, hour) => kind.Months[day.Month - 1] * hours[hour] * DemoEventKinds.DayFactor(kind.Hours, day, hour),
            kind.Months.Max() * hours.Max() * 2.4);
    }

    /// <summary>
    /// A draft of <paramref name="kind"/> at <paramref name="at"/> in <paramref name="zone"/>: a point near one of the
    /// zone's spots of the kinds given (<paramref name="spread"/> metres), a few anywhere in a quartier, a few with no point.
    /// </summary>
    public DemoEventDraft Draft(DemoEventKind kind, DateTimeOffset at, DemoZone zone, IReadOnlyList<string>? templates = null, double? spread = null,
        IReadOnlyList<SpotKind>? spots = null)
    {
        spots ??= kind.Spots;
        var severity = DemoEventKinds.Severity(kind, random);
        var institution = Reporter(kind, zone.Commune);
        var template = random.Pick(templates ?? DemoEventTexts.For(kind.Code));
        if (!random.Chance(kind.WithPoint))
        {
            return new DemoEventDraft(kind.Code, severity, at, null, null, zone.Commune, zone.Quartier, institution, DemoEventTexts.Write(template, null, random));
        }
        var candidates = zone.Spots.Where(s => spots.Contains(s.Kind)).ToList();
        var spot = random.Pick(candidates.Count > 0 ? candidates : zone.Spots, s => s.Weight);
        var (lat, lon) = zone.Quartier is not null && spread is null && random.Chance(0.12)
            ? Anywhere(DemoAreas.Named(zone.Quartier))
            : Near(spot, zone, spread ?? (zone.Quartier is null ? 120 : 35));
        return new DemoEventDraft(kind.Code, severity, at, lat, lon, zone.Commune, zone.Quartier, institution,
            DemoEventTexts.Write(template, spot.Kind, random));
    }

    /// <summary>Who reports <paramref name="kind"/> in <paramref name="commune"/>, among the partnership's institutions.</summary>
    private string Reporter(DemoEventKind kind, string commune)
    {
        var town = commune switch
        {
            DemoData.GrenobleInsee => "grenoble",
            DemoData.SaintMartinInsee => "smh",
            _ => "echirolles",
        };
        // The demo's municipal police is Échirolles'; elsewhere the commune's own services report.
        var candidates = kind.Reporters
            .Select(r => (Institution: r.Institution == "ville" || (r.Institution == "police-municipale" && town != "echirolles") ? town : r.Institution, r.Weight))
            .Where(r => territory.Institutions.Contains(r.Institution))
            .ToList();
        return candidates.Count == 0 ? "mediation" : random.Pick(candidates, r => r.Weight).Institution;
    }

    private (double Lat, double Lon) Near(DemoSpot spot, DemoZone zone, double metres)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var lat = Math.Round(spot.Lat + random.Gaussian() * metres / MetresPerDegree, 6);
            var lon = Math.Round(spot.Lon + random.Gaussian() * metres / (MetresPerDegree * Math.Cos(spot.Lat * Math.PI / 180)), 6);
            if (zone.Quartier is { } name ? Inside(DemoAreas.Named(name).Ring, lon, lat) : !DemoAreas.All.Any(o => Inside(o.Ring, lon, lat)))
            {
                return (lat, lon);
            }
        }
        return (spot.Lat, spot.Lon);
    }

    private (double Lat, double Lon) Anywhere(DemoAreas.Outline outline)
    {
        var (west, east) = (outline.Ring.Min(p => p[0]), outline.Ring.Max(p => p[0]));
        var (south, north) = (outline.Ring.Min(p => p[1]), outline.Ring.Max(p => p[1]));
        while (true)
        {
            var lon = Math.Round(west + random.Next() * (east - west), 6);
            var lat = Math.Round(south + random.Next() * (north - south), 6);
            if (Inside(outline.Ring, lon, lat))
            {
                return (lat, lon);
            }
        }
    }

    /// <summary>Whether the point is inside the ring (even–odd rule).</summary>
    internal static bool Inside(double[][] ring, double lon, double lat)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (x1, y1, x2, y2) = (ring[i][0], ring[i][1], ring[j][0], ring[j][1]);
            if ((y1 > lat) != (y2 > lat) && lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1)
            {
                inside = !inside;
            }
        }
        return inside;
    }
}
