using Coprod.Web.Modules.Watch.Domain;

namespace Coprod.Web.Modules.Watch.Features;

/// <summary>
/// An alert as the API and pages show it: its rule, series (place and category, readable), period
/// (<c>week</c> for a spike: ISO form), the figures of the latest evaluation, <c>explanation</c> (the
/// plain sentence of <c>WatchTexts.Explain</c>) and where it stands.
/// </summary>
public sealed record AlertDto(
    Guid Id,
    Guid RuleId,
    string RuleName,
    AlertRuleKind Kind,
    Guid? AreaId,
    string? Commune,
    string PlaceName,
    string? Category,
    string CategoryLabel,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string? Week,
    string PeriodText,
    int Count,
    double? Expected,
    double? UpperLimit,
    int? AlertFrom,
    double? Ratio,
    int BaselineWeeks,
    AlertReason Reason,
    string Explanation,
    DateTimeOffset RaisedAt,
    DateTimeOffset UpdatedAt,
    AlertStatus Status,
    DateTimeOffset? ClosedAt);

/// <summary>
/// An alert with its procedure (VEI-2) and its series' last 52 weeks (<c>history</c>).
/// <c>canAct</c>: the reader may act on the procedure (watch team, alert not closed);
/// <c>canScheduleMeeting</c>: the reader manages the watch-cell body (the coordinator), as governance requires.
/// </summary>
public sealed record AlertDetailsDto(
    AlertDto Alert,
    bool CanAct,
    bool CanScheduleMeeting,
    IReadOnlyList<MobilisedDto> Mobilised,
    IReadOnlyList<ChecklistItemDto> Checklist,
    IReadOnlyList<LogEntryDto> Log,
    UrgentMeetingDto? UrgentMeeting,
    ClosureDto? Closure,
    IReadOnlyList<WeekCountDto> History,
    Guid Version);

/// <summary>Who is mobilised: an institution, a directory person or a member (<c>name</c> readable), and what is asked of them.</summary>
public sealed record MobilisedDto(Guid Id, Guid? InstitutionId, Guid? PersonId, Guid? MembershipId, string Name, string Role, DateTimeOffset AddedAt, string AddedBy);

/// <summary>A step of the procedure; <c>doneAt</c>/<c>doneBy</c> once ticked.</summary>
public sealed record ChecklistItemDto(Guid Id, int Position, string Text, DateTimeOffset? DoneAt, string? DoneBy);

/// <summary>A line of the log: a note (<c>kind</c> Note, its text) or a step recorded by Coprod (<c>text</c> says which, and on what).</summary>
public sealed record LogEntryDto(Guid Id, DateTimeOffset At, string Author, AlertLogKind Kind, string Text);

/// <summary>The urgent meeting of the watch cell, a governance meeting.</summary>
public sealed record UrgentMeetingDto(Guid MeetingId, Guid BodyId, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCancelled);

/// <summary>How the alert was closed.</summary>
public sealed record ClosureDto(DateTimeOffset ClosedAt, string ClosedBy, string Outcome);

/// <summary>
/// One ISO week of the alert's series: the count, and for a spike rule the expected count and the
/// upper limit its own baseline gave that week (null when the baseline was too short).
/// </summary>
public sealed record WeekCountDto(string Week, DateOnly Monday, int Count, double? Expected, double? UpperLimit);
