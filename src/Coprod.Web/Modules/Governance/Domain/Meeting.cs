using Coprod.Web.Platform.Data;

namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>
/// A meeting of a body (GOV-2). Times are stored in UTC and shown in Europe/Paris.
/// <see cref="Sequence"/> is the iCalendar SEQUENCE: it grows on every change of time, place or
/// agenda, and on cancellation, so that calendars replace the previous invitation.
/// </summary>
public sealed class Meeting : IVersioned
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid BodyId { get; set; }
    public string Title { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Place { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? InvitationsSentAt { get; set; }

    /// <summary>The minutes: anonymous text (PRIV-1).</summary>
    public string? Minutes { get; set; }

    public List<AgendaItem> Agenda { get; set; } = [];
    public List<Invitee> Invitees { get; set; } = [];
    public Guid Version { get; set; }

    public bool IsCancelled => CancelledAt is not null;
}

/// <summary>One item of the agenda, in <see cref="Position"/> order; <see cref="Key"/> marks items other modules fill (e.g. the state of crime).</summary>
public sealed class AgendaItem
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
    public string? Key { get; set; }
}

/// <summary>An institution or a partnership member invited to a meeting, and whether they came.</summary>
public sealed class Invitee
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid? InstitutionId { get; set; }
    public Guid? MembershipId { get; set; }
    public Attendance? Attendance { get; set; }

    /// <summary>Who represented the invitee (free text, anonymous: a function, not a name).</summary>
    public string? RepresentedBy { get; set; }
}

/// <summary>Numbers are stored: never renumber.</summary>
public enum Attendance
{
    Present = 1,
    Excused = 2,
    Absent = 3,
    Represented = 4,
}

/// <summary>A request that the plenary be convened as of right (by the prefect, or by a member institution).</summary>
public sealed class ConvocationRequest
{
    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid BodyId { get; set; }
    public Guid RequestedBy { get; set; }
    public Guid? InstitutionId { get; set; }
    public bool ByPrefect { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
}

/// <summary>Keys of agenda items that other modules fill.</summary>
public static class AgendaKeys
{
    /// <summary>« État de la délinquance », fed by the diagnostic module (DIAG) on the yearly plenary.</summary>
    public const string StateOfCrime = "etat-delinquance";

    /// <summary>« Engagements en retard », the contract's late commitments put on the next plenary (CLS-4).</summary>
    public const string LateCommitments = "engagements-en-retard";
}
