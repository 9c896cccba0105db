namespace Coprod.Web.Modules.Events.Domain;

/// <summary>
/// An event reported by a partner (EVT-1): what happened, when, where, how serious, told without
/// naming anyone (PRIV-1). Its place is a point, or only an area or a commune; the commune and
/// area of a point are assigned by point-in-polygon when it is reported, with the zoning of the
/// day it occurred, and kept.
/// </summary>
public sealed class SafetyEvent
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid CategoryId { get; set; }
    public EventSeverity Severity { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>When Coprod accepted it (UTC).</summary>
    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>WGS84 latitude of the point, when the place is a point.</summary>
    public double? Latitude { get; set; }

    /// <summary>WGS84 longitude of the point, when the place is a point.</summary>
    public double? Longitude { get; set; }

    /// <summary>The commune, by INSEE code: always known.</summary>
    public string CommuneInsee { get; set; } = "";

    /// <summary>The smallest sub-municipal area containing the point, or the area reported.</summary>
    public Guid? AreaId { get; set; }

    /// <summary>Anonymous free text.</summary>
    public string Description { get; set; } = "";

    public Guid ReportingInstitutionId { get; set; }

    /// <summary>The person who reported it; null when a partner's system sent it.</summary>
    public Guid? AuthorUserId { get; set; }

    /// <summary>The API key that sent it, for events from a partner's system.</summary>
    public Guid? ApiKeyId { get; set; }

    public EventSource Source { get; set; }

    /// <summary>The reporter's own reference in a partner's system, if any (not unique).</summary>
    public string? ExternalReference { get; set; }
}
