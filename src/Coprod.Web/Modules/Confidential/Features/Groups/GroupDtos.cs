using Coprod.Web.Modules.Confidential.Domain;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>One of the caller's groups (CONF-1): what it is, where they stand, and the charter in force.</summary>
public sealed record MyGroupDto(Guid Id, SharingChannel Channel, string Name, string Purpose, string Territory, ConfidentialAccess.Standing Standing,
    int CharterVersion, bool Signed);

/// <summary>A charter version (CONF-2).</summary>
public sealed record CharterDto(int Number, string Purpose, IReadOnlyList<InformationCategory> Categories, IReadOnlyList<string> Rules, int ArchiveYears,
    bool NotesAllowed, DateTimeOffset PublishedAt)
{
    public static CharterDto From(CharterVersion v) => new(v.Number, v.Purpose, v.Categories, v.Rules, v.ArchiveYears, v.NotesAllowed, v.PublishedAt);
}

/// <summary>The charter in force as its member reads it, with their signature.</summary>
public sealed record GroupCharterDto(Guid GroupId, string GroupName, SharingChannel Channel, CharterDto Charter, bool Signed, DateTimeOffset? SignedAt,
    bool TwoFactorEnabled);

/// <summary>A member as the managers see them: name, institution, designation, signature, 2FA, end (with a breach's reason code).</summary>
public sealed record MemberDto(Guid Id, Guid UserId, string Name, string? Institution, DateTimeOffset DesignatedAt, int? SignedVersion, bool TwoFactorEnabled,
    DateTimeOffset? EndedAt, MemberEndReason? EndReason, BreachReason? BreachReason);

/// <summary>A group as its managers see it (no case data: neither cases nor their number).</summary>
public sealed record ManagedGroupDto(Guid Id, SharingChannel Channel, string Name, string Purpose, string Territory, GroupStatus Status, Guid? CoordinatorUserId,
    DateTimeOffset CreatedAt, Guid Version, CharterDto Charter, IReadOnlyList<MemberDto> Members);

/// <summary>A charter to publish: purpose, allowed categories (Identity required), rules, archive years (1 to 3), notes (off by default).</summary>
public sealed record CharterInput(string? Purpose, IReadOnlyList<InformationCategory>? Categories, IReadOnlyList<string>? Rules, int? ArchiveYears,
    bool? NotesAllowed = null);
