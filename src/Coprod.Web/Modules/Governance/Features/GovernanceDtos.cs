using Coprod.Web.Modules.Governance.Domain;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>A member of a body as read: <see cref="Name"/> is the institution's name or the member's display name.</summary>
public sealed record BodyMemberDto(Guid Id, Guid? InstitutionId, Guid? MembershipId, string Name, bool ByRight, string? LegalBasis, DateOnly InForceFrom);

/// <summary>A body in a list.</summary>
public sealed record BodySummary(Guid Id, BodyKind Kind, string Name, BodyStatus Status, int MemberCount, DateTimeOffset? LastMeeting, DateTimeOffset? NextMeeting, Guid Version);

/// <summary>A meeting in a list.</summary>
public sealed record MeetingSummary(Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, bool Cancelled);

/// <summary>A body with its members and meetings; <see cref="CanManage"/> says whether the caller manages it.</summary>
public sealed record BodyDto(Guid Id, BodyKind Kind, string Name, string? Purpose, string? Scope, DateOnly StartsOn, DateOnly? EndsOn, BodyStatus Status,
    IReadOnlyList<BodyMemberDto> Members, IReadOnlyList<MeetingSummary> Meetings, bool CanManage, Guid Version);

public sealed record AgendaItemDto(Guid Id, int Position, string Text, string? Key);

/// <summary>An invitee; <see cref="Emails"/> are the addresses the invitation goes to.</summary>
public sealed record InviteeDto(Guid Id, Guid? InstitutionId, Guid? MembershipId, string Name, IReadOnlyList<string> Emails, Attendance? Attendance, string? RepresentedBy);

/// <summary>
/// A meeting with its agenda, invitees, attendance and minutes; the decisions taken there, and in
/// <see cref="FollowUp"/> (« Suivi des décisions ») those of earlier meetings of the body not yet closed;
/// its <see cref="Documents"/> (their description, not their content).
/// </summary>
public sealed record MeetingDto(Guid Id, Guid BodyId, string BodyName, BodyKind BodyKind, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place,
    int Sequence, bool Cancelled, DateTimeOffset? InvitationsSentAt, IReadOnlyList<AgendaItemDto> Agenda, IReadOnlyList<InviteeDto> Invitees, string? Minutes,
    bool CanManage, Guid Version, IReadOnlyList<DecisionDto> Decisions, IReadOnlyList<DecisionDto> FollowUp, IReadOnlyList<MeetingDocumentDto> Documents);

/// <summary>
/// A document of a meeting, without its content: <see cref="Format"/> is its short type name (PDF, ODT…),
/// <see cref="Size"/> in bytes, <see cref="Sha256"/> the digest of the bytes as stored.
/// </summary>
public sealed record MeetingDocumentDto(Guid Id, Guid MeetingId, string Title, string FileName, string ContentType, string Format, long Size, string Sha256,
    Guid UploadedBy, string UploadedByName, DateTimeOffset UploadedAt);

/// <summary>A member to add to a body: exactly one of <see cref="InstitutionId"/> and <see cref="MembershipId"/>.</summary>
public sealed record BodyMemberInput(Guid? InstitutionId, Guid? MembershipId, bool ByRight, string? LegalBasis, DateOnly? InForceFrom);

/// <summary>An invitee to a meeting: exactly one of <see cref="InstitutionId"/> and <see cref="MembershipId"/>.</summary>
public sealed record InviteeInput(Guid? InstitutionId, Guid? MembershipId);
