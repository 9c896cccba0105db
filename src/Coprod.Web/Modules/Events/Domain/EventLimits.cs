namespace Coprod.Web.Modules.Events.Domain;

/// <summary>Limits of the module, shared by validators, the database and the interface.</summary>
public static class EventLimits
{
    public const int Description = 2000;
    public const int CategoryCode = 40;
    public const int CategoryLabel = 100;
    public const int Categories = 100;
    public const int ExternalReference = 100;
    public const int ApiKeyName = 100;

    /// <summary>A report may be dated this far after the server's clock (devices' clocks drift).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(10);

    /// <summary>How old an event may be when reported: older facts belong to the diagnostic, not the feed.</summary>
    public const int MaxAgeDays = 366;

    /// <summary>Largest batch accepted by the ingest API (EVT-4).</summary>
    public const int Batch = 10_000;

    /// <summary>Largest body of a batch: 10,000 events with long descriptions fit.</summary>
    public const long BatchBytes = 32L * 1024 * 1024;

    /// <summary>Largest CSV file to import.</summary>
    public const int ImportBytes = 10 * 1024 * 1024;

    /// <summary>Largest page of the list API.</summary>
    public const int PageSize = 500;

    /// <summary>Most points the map's endpoint sends at once (about 15 MB of JSON); above it the filters must be narrowed.</summary>
    public const int MapPoints = 200_000;

    /// <summary>Longest routing rule name.</summary>
    public const int RuleName = 120;

    /// <summary>Most categories, communes, areas or targets in one rule.</summary>
    public const int RuleItems = 100;

    /// <summary>Most routing rules in one partnership's protocol.</summary>
    public const int Rules = 200;

    /// <summary>Longest follow-up text.</summary>
    public const int FollowUp = 1000;

    /// <summary>Most items of the inbox answered at once.</summary>
    public const int Inbox = 200;
}
