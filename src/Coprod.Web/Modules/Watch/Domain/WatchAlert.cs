using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>
/// An alert raised by an <see cref="AlertRule"/> for one series — its area, commune or the whole
/// territory, and its category — over one period: the ISO week (Monday to Sunday) of a spike, or the
/// days of a fixed threshold's episode (from the first window that reached it to the last day that
/// still did). One alert per rule × series × period start (unique). The figures are those of the
/// latest evaluation; <see cref="Assessment"/> gives them back to <c>WatchTexts.Explain</c>.
/// The procedure (VEI-2) hangs from it: <see cref="Mobilised"/>, <see cref="Checklist"/>,
/// <see cref="Log"/>, the <see cref="UrgentMeetingId"/> and the closure.
/// </summary>
public sealed class WatchAlert : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid RuleId { get; set; }

    /// <summary>The series' key, e.g. <c>a:…|c:rodeo</c>: area, commune (<c>m:</c>) or territory (<c>t</c>), then category (<c>*</c> for all).</summary>
    public string SeriesKey { get; set; } = "";

    /// <summary>The area counted (the current version when the alert was raised); null for a commune or the territory.</summary>
    public Guid? AreaId { get; set; }

    /// <summary>The commune counted; null for an area or the territory.</summary>
    public string? CommuneInsee { get; set; }

    /// <summary>The category counted; null for all categories together.</summary>
    public string? CategoryCode { get; set; }

    public DateOnly PeriodStart { get; set; }

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly PeriodEnd { get; set; }

    public int Count { get; set; }
    public double? Expected { get; set; }
    public double? UpperLimit { get; set; }
    public int? AlertFrom { get; set; }
    public double? Ratio { get; set; }
    public int BaselineWeeks { get; set; }
    public AlertReason Reason { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>When the evaluation last changed the figures.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public AlertStatus Status { get; set; } = AlertStatus.Open;
    public DateTimeOffset? ProcedureOpenedAt { get; set; }
    public Guid? ProcedureOpenedBy { get; set; }

    /// <summary>The urgent meeting of the watch cell (a governance meeting).</summary>
    public Guid? UrgentMeetingId { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? ClosedBy { get; set; }

    /// <summary>What came of it (anonymous text).</summary>
    public string? Outcome { get; set; }

    public List<AlertMobilisation> Mobilised { get; set; } = [];
    public List<AlertChecklistItem> Checklist { get; set; } = [];
    public List<AlertLogEntry> Log { get; set; } = [];
    public Guid Version { get; set; }

    /// <summary>The figures as the rule found them, for the plain sentence.</summary>
    public AlertAssessment Assessment => new(Count, Expected, UpperLimit, AlertFrom, Ratio, BaselineWeeks, true, Reason);
}
