using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Privacy;

namespace Coprod.Web.Modules.Events.Features;

/// <summary>
/// One event as a reporter sends it (EVT-1, EVT-4). The place is a point (<c>latitude</c> and
/// <c>longitude</c>, WGS84), or an area (<c>areaId</c>), or only a commune (<c>commune</c>, INSEE
/// code); a point's commune and area are found by point-in-polygon. <c>occurredAt</c> is an
/// ISO 8601 instant with its offset.
/// </summary>
public sealed record EventInput(
    string? Category,
    DateTimeOffset? OccurredAt,
    EventSeverity? Severity,
    string? Description,
    double? Latitude = null,
    double? Longitude = null,
    string? Commune = null,
    Guid? AreaId = null,
    string? ExternalReference = null,
    PrivacyOverride? PrivacyOverride = null);
