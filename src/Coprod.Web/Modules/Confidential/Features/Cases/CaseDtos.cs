using Coprod.Web.Modules.Confidential.Domain;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// A case in a group's list. An archived case shows its reference and dates only: its names open case by
/// case, with a stated reason (CONF-6).
/// </summary>
public sealed record CaseListItem(Guid Id, string Reference, CaseStatus Status, DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly? ArchiveUntil,
    CaseOrigin? Origin, string? ReferentName, string? FollowedName, DateTimeOffset? LastEntryAt);

/// <summary>
/// A case with its decrypted record and entries, for an entitled member of its group; <see cref="Members"/> are the group's current
/// members (who informed the family), <see cref="Referents"/> those of them who may be its referent; <see cref="Disclosures"/>
/// what the coordination passed on to the mayor.
/// </summary>
public sealed record CaseDto(Guid Id, Guid GroupId, string GroupName, SharingChannel Channel, string Reference, CaseStatus Status, DateOnly OpenedOn, CaseOrigin Origin,
    Guid ReferentUserId, string ReferentName, DateOnly? ClosedOn, DateOnly? ArchiveUntil, DateOnly DestroyBy, CaseRecord Record, IReadOnlyList<EntryDto> Entries,
    bool CanWrite, bool NotesAllowed, IReadOnlyList<InformationCategory> Categories, IReadOnlyList<MemberOption> Members,
    IReadOnlyList<MemberOption> Referents, IReadOnlyList<DisclosureDto> Disclosures, Guid Version);

/// <summary>What a member of a coordination passed on to the mayor (L121-6-2), by whom, when, why and to whom: one per sending.</summary>
public sealed record DisclosureDto(DateTimeOffset At, string ByName, string Text, string Justification, IReadOnlyList<string> To);

/// <summary>One entry, decrypted; <see cref="InformedByName"/> names the member who informed the family (CONF-7).</summary>
public sealed record EntryDto(Guid Id, EntryKind Kind, InformationCategory Category, Guid AuthorUserId, string AuthorName, DateTimeOffset CreatedAt,
    EntryContent Content, string? InformedByName);

/// <summary>A current member of the group (a referent, who informed the family).</summary>
public sealed record MemberOption(Guid UserId, string Name);

/// <summary>A person of the case as typed in a form.</summary>
public sealed record PersonInput(PersonRole? Role, string? LastName, string? FirstName, DateOnly? BirthDate, string? Address);
