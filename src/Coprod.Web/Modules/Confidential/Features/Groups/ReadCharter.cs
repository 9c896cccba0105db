using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// The charter in force of a group, for its current members whatever their standing (they must read it
/// to sign it, CONF-2); 404 for everyone else, as for a group that does not exist.
/// </summary>
public static class ReadCharter
{
    /// <summary>The caller's current membership of an active group of the partnership, with the charter in force; null for anyone else.</summary>
    public sealed record Seat(ConfidentialGroup Group, GroupMember Member, CharterVersion Charter, CharterSignature? Signature, bool TwoFactorEnabled);

    public static async Task<Seat?> SeatAsync(CoprodDbContext db, TimeProvider clock, Guid partnershipId, Guid groupId, Guid userId, CancellationToken ct)
    {
        var group = await db.Set<ConfidentialGroup>().AsNoTracking()
            .FirstOrDefaultAsync(g => g.Id == groupId && g.PartnershipId == partnershipId && g.Status == GroupStatus.Active, ct);
        var member = group is null ? null : await db.Set<GroupMember>().AsNoTracking()
            .FirstOrDefaultAsync(m => m.GroupId == groupId && m.UserId == userId && m.EndedAt == null, ct);
        if (member is null || (await MembershipSeats.CurrentAsync(db, clock.GetUtcNow(), partnershipId, userId, ct)).Count == 0)
        {
            return null;
        }
        var charter = await db.Set<CharterVersion>().AsNoTracking().Where(v => v.GroupId == groupId).OrderByDescending(v => v.Number).FirstAsync(ct);
        var signature = await db.Set<CharterSignature>().AsNoTracking().FirstOrDefaultAsync(s => s.MemberId == member.Id && s.VersionNumber == charter.Number, ct);
        var twoFactor = await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, ct);
        return new Seat(group!, member, charter, signature, twoFactor);
    }

    public static GroupCharterDto Dto(Seat s) =>
        new(s.Group.Id, s.Group.Name, s.Group.Channel, CharterDto.From(s.Charter), s.Signature is not null, s.Signature?.SignedAt, s.TwoFactorEnabled);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock, GroupManagers managers)
    {
        public async Task<Results<Ok<GroupCharterDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Guid userId, CancellationToken ct) =>
            await SeatAsync(db, clock, partnershipId, groupId, userId, ct) is { } seat ? TypedResults.Ok(Dto(seat)) : managers.NotFound();
    }
}
