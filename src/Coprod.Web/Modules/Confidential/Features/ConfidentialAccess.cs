using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features;

/// <summary>
/// The one place that decides who reads confidential content (CONF-1, CONF-3), read from the
/// database on every request: a current member of the group (named, not removed, no breach),
/// with a current membership of the partnership, an enabled account with two-factor
/// authentication, and a signature of the charter version in force.
/// </summary>
/// <remarks>
/// Keeps out everyone else, whatever their role: the platform admin, département users, the
/// coordinator and the president of the partnership when they are not members, members of other
/// groups, members without 2FA, members whose signature is of an older charter version, removed
/// members. Callers answer 404 for all of them, as for a case that does not exist, so that a
/// refusal never tells that something is there.
/// </remarks>
public sealed class ConfidentialAccess(CoprodDbContext db, TimeProvider clock)
{
    /// <summary>A member entitled to read the group's cases today.</summary>
    public sealed record Seat(Guid UserId, Guid MemberId, ConfidentialGroup Group, CharterVersion Charter);

    /// <summary>A designated member, the charter in force and their signature of it (null when they have not signed that version).</summary>
    public sealed record Designation(ConfidentialGroup Group, GroupMember Member, CharterVersion? Charter, CharterSignature? Signature, bool TwoFactorEnabled)
    {
        public bool IsEntitled => Charter is not null && Signature is not null && TwoFactorEnabled;
    }

    /// <summary>Where a designated member stands: what is missing before they read the group's cases.</summary>
    public enum Standing
    {
        Entitled = 1,
        CharterToSign = 2,
        TwoFactorRequired = 3,
    }

    /// <summary>The caller's current membership of each group of the partnership they belong to, with their standing.</summary>
    public async Task<IReadOnlyList<(ConfidentialGroup Group, GroupMember Member, Standing Standing)>> MembershipsAsync(Guid partnershipId, Guid userId, CancellationToken ct)
    {
        if (!await InPartnershipAsync(partnershipId, userId, ct))
        {
            return [];
        }
        var twoFactor = await TwoFactorAsync(userId, ct);
        var rows = await (
            from m in db.Set<GroupMember>().AsNoTracking()
            join g in db.Set<ConfidentialGroup>().AsNoTracking() on m.GroupId equals g.Id
            where m.UserId == userId && m.EndedAt == null && g.PartnershipId == partnershipId && g.Status == GroupStatus.Active
            select new { Group = g, Member = m }).ToListAsync(ct);
        var result = new List<(ConfidentialGroup, GroupMember, Standing)>();
        foreach (var row in rows)
        {
            var standing = !twoFactor ? Standing.TwoFactorRequired
                : (await CharterInForceAsync(row.Group.Id, row.Member.Id, ct)).Signature is null ? Standing.CharterToSign
                : Standing.Entitled;
            result.Add((row.Group, row.Member, standing));
        }
        return result;
    }

    /// <summary>
    /// The caller's current designation in an active group of the partnership, whatever their standing (a
    /// member reads the charter to sign it), with the charter in force and their signature of it; null for
    /// anyone who is not designated there or is no longer a member of the partnership.
    /// </summary>
    public async Task<Designation?> DesignationAsync(Guid partnershipId, Guid groupId, Guid userId, CancellationToken ct)
    {
        var group = await db.Set<ConfidentialGroup>().AsNoTracking()
            .FirstOrDefaultAsync(g => g.Id == groupId && g.PartnershipId == partnershipId && g.Status == GroupStatus.Active, ct);
        var member = group is null ? null : await db.Set<GroupMember>().AsNoTracking()
            .FirstOrDefaultAsync(m => m.GroupId == groupId && m.UserId == userId && m.EndedAt == null, ct);
        if (member is null || !await InPartnershipAsync(partnershipId, userId, ct))
        {
            return null;
        }
        var (charter, signature) = await CharterInForceAsync(groupId, member.Id, ct);
        return new Designation(group!, member, charter, signature, await TwoFactorAsync(userId, ct));
    }

    /// <summary>The caller's seat in the group, or null when they may not read it (for any reason).</summary>
    public async Task<Seat?> SeatAsync(Guid partnershipId, Guid groupId, Guid userId, CancellationToken ct) =>
        await DesignationAsync(partnershipId, groupId, userId, ct) is { IsEntitled: true } d ? new Seat(userId, d.Member.Id, d.Group, d.Charter!) : null;

    /// <summary>The case and the caller's seat in its group, or null when the case does not exist for them.</summary>
    public async Task<(Seat Seat, ConfidentialCase Case)?> CaseAsync(Guid partnershipId, Guid caseId, Guid userId, CancellationToken ct, bool tracking = false)
    {
        var cases = db.Set<ConfidentialCase>().Where(c => c.Id == caseId && c.PartnershipId == partnershipId);
        var found = await (tracking ? cases : cases.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (found is null || await SeatAsync(partnershipId, found.GroupId, userId, ct) is not { } seat)
        {
            return null;
        }
        return (seat, found);
    }

    /// <summary>The group's charter in force and this member's signature of that version (null when they have not signed it).</summary>
    private async Task<(CharterVersion? Charter, CharterSignature? Signature)> CharterInForceAsync(Guid groupId, Guid memberId, CancellationToken ct)
    {
        var charter = await db.Set<CharterVersion>().AsNoTracking().Where(v => v.GroupId == groupId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var signature = charter is null ? null
            : await db.Set<CharterSignature>().AsNoTracking().FirstOrDefaultAsync(s => s.MemberId == memberId && s.VersionNumber == charter.Number, ct);
        return (charter, signature);
    }

    private async Task<bool> InPartnershipAsync(Guid partnershipId, Guid userId, CancellationToken ct) =>
        (await MembershipSeats.CurrentAsync(db, clock.GetUtcNow(), partnershipId, userId, ct)).Count > 0;

    private Task<bool> TwoFactorAsync(Guid userId, CancellationToken ct) =>
        db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, ct);
}
