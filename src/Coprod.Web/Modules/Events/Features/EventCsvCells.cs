using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Coprod.Web.Modules.Directory.Features;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// Turns the cells of one CSV row into an <see cref="EventInput"/> for the intake, the way a French
/// spreadsheet writes them: a category by code or label; a date in ISO 8601 (with its offset, or
/// Paris time without) or <c>JJ/MM/AAAA HH:MM</c> (Paris time); a severity by name or 1 to 4;
/// decimal points or commas; a commune by INSEE code or name; a secteur by name, code or id.
/// A cell that cannot be read is an error on its column, and the intake's error on the same column is then left out.
/// </summary>
public sealed partial class EventCsvCells(
    IEnumerable<EventCategory> categories,
    IReadOnlyList<(string Insee, string Name)> communes,
    AreaIndex areas,
    DateOnly today,
    IStringLocalizer<EventsText> t)
{
    /// <summary>The input for the intake, and the messages of the cells that could not be read, by column.</summary>
    public sealed record Parsed(EventInput Input, IReadOnlyDictionary<string, string> Errors);

    private readonly Dictionary<string, string> _categoryCodes = categories.Where(c => c.IsActive)
        .SelectMany(c => new[] { (Key: c.Code, c.Code), (Key: SearchText.Normalize(c.Label), c.Code) })
        .DistinctBy(c => c.Key).ToDictionary(c => c.Key, c => c.Code, StringComparer.Ordinal);

    private static readonly ResourceManager Texts = new(typeof(EventsText).FullName!, typeof(EventsText).Assembly);

    // "Très grave", "TRES-GRAVE" and "tresgrave" are one key, as spreadsheet headers are. The labels of
    // every interface language are read, so a file exported in English comes back in French, and back.
    private static readonly Dictionary<string, EventSeverity> Severities = Enum.GetValues<EventSeverity>()
        .SelectMany(s => new[] { ((int)s).ToString(CultureInfo.InvariantCulture), s.ToString().ToLowerInvariant() }
            .Concat(LocalizationModule.Supported.Select(c => DirectoryFile.Key(Texts.GetString($"Severity_{s}", c) ?? s.ToString())))
            .Select(k => (Key: k, Severity: s)))
        .DistinctBy(s => s.Key).ToDictionary(s => s.Key, s => s.Severity, StringComparer.Ordinal);

    private static readonly string[] FrenchFormats = ["dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "dd/MM/yyyy HH'h'mm"];
    private static readonly string[] DateOnlyFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(?<offset>Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoPattern();

    public Parsed Read(IReadOnlyDictionary<string, string> cells)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string Cell(string column) => cells.TryGetValue(column, out var value) ? value.Trim() : "";

        var occurredAt = Date(Cell(EventCsvColumns.Date), errors);
        var commune = Commune(Cell(EventCsvColumns.Commune));
        var latitude = Number(Cell(EventCsvColumns.Latitude), EventCsvColumns.Latitude, errors);
        var longitude = Number(Cell(EventCsvColumns.Longitude), EventCsvColumns.Longitude, errors);
        var day = occurredAt is { } at ? ParisTime.DateOf(at) : today;
        var input = new EventInput(
            Category(Cell(EventCsvColumns.Category)),
            occurredAt,
            Severity(Cell(EventCsvColumns.Severity), errors),
            Cell(EventCsvColumns.Description) is { Length: > 0 } d ? d : null,
            latitude,
            longitude,
            commune,
            Area(Cell(EventCsvColumns.Area), commune, day, errors),
            Cell(EventCsvColumns.Reference) is { Length: > 0 } r ? r : null);
        return new Parsed(input, errors);
    }

    // A code as is, or a label compared without case or accents; anything else goes to the intake, which names it.
    private string? Category(string cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        return _categoryCodes.GetValueOrDefault(cell.ToLowerInvariant()) ?? _categoryCodes.GetValueOrDefault(SearchText.Normalize(cell)) ?? cell;
    }

    private DateTimeOffset? Date(string cell, Dictionary<string, string> errors)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        var iso = IsoPattern().Match(cell);
        if (iso.Success && iso.Groups["offset"].Success
            && DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }
        if (iso.Success && DateTime.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoLocal))
        {
            return ParisTime.FromLocal(isoLocal);
        }
        if (DateTime.TryParseExact(cell, FrenchFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return ParisTime.FromLocal(local);
        }
        errors[EventCsvColumns.Date] = DateTime.TryParseExact(cell, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? t["Import_DateNeedsTime"]
            : t["Import_DateInvalid", cell];
        return null;
    }

    private EventSeverity? Severity(string cell, Dictionary<string, string> errors)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (Severities.TryGetValue(DirectoryFile.Key(cell), out var severity))
        {
            return severity;
        }
        errors[EventCsvColumns.Severity] = t["Event_SeverityUnknown"];
        return null;
    }

    private double? Number(string cell, string column, Dictionary<string, string> errors)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (double.TryParse(cell.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        errors[column] = t["Import_NumberInvalid", cell];
        return null;
    }

    private string? Commune(string cell)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        var key = SearchText.Normalize(cell);
        return communes.FirstOrDefault(c => c.Insee == cell.ToUpperInvariant() || SearchText.Normalize(c.Name) == key).Insee ?? cell;
    }

    // A secteur by id, official code or name, among the areas valid on the event's day (and in its commune, when given).
    private Guid? Area(string cell, string? commune, DateOnly day, Dictionary<string, string> errors)
    {
        if (cell.Length == 0)
        {
            return null;
        }
        if (Guid.TryParse(cell, out var id))
        {
            return id;
        }
        var key = SearchText.Normalize(cell);
        var found = areas.ValidOn(day)
            .Where(a => a.Area.Kind != AreaKind.Commune && (commune is null || a.Area.CommuneInsee == commune))
            .Where(a => SearchText.Normalize(a.Area.Name) == key || string.Equals(a.Area.Code, cell, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Area.Id).Distinct().ToList();
        if (found.Count == 1)
        {
            return found[0];
        }
        errors[EventCsvColumns.Area] = found.Count == 0 ? t["Import_AreaUnknown", cell] : t["Import_AreaAmbiguous", cell];
        return null;
    }
}
