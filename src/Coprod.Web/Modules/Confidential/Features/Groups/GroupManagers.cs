using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// Who manages the confidential groups (CONF-1): the president and the coordinator of the partnership.
/// They create groups, publish charters, designate and remove members, record breaches, and read the
/// record of processing; none of this holds case data.
/// </summary>
/// <remarks>
/// Keeps out every other role of the partnership (State, prosecutor, partners, field agents): 403. The
/// route group already keeps out strangers to the partnership, the platform admin and département users.
/// Managing a group never makes one a reader of its cases: that is <see cref="ConfidentialAccess"/>'s decision alone.
/// </remarks>
public sealed class GroupManagers(CoprodDbContext db, TimeProvider clock, IStringLocalizer<GroupsText> t, IStringLocalizer<ConfidentialText> ct)
{
    /// <summary>The roles that manage confidential groups.</summary>
    public static readonly PartnershipRole[] Roles = [PartnershipRole.President, PartnershipRole.Coordinateur];

    public async Task<bool> IsManagerAsync(Guid partnershipId, Guid userId, CancellationToken ct) =>
        (await MembershipSeats.CurrentAsync(db, clock.GetUtcNow(), partnershipId, userId, ct)).Any(s => Roles.Contains(s.Role));

    /// <summary>Whether the menu shows « Groupes confidentiels »: to managers, and to people designated in a group of the partnership.</summary>
    public async Task<bool> ShowsGroupsAsync(Guid partnershipId, Guid userId, CancellationToken cancellation) =>
        await IsManagerAsync(partnershipId, userId, cancellation)
        || await db.Set<Domain.GroupMember>().AnyAsync(m => m.UserId == userId && m.EndedAt == null
            && db.Set<Domain.ConfidentialGroup>().Any(g => g.Id == m.GroupId && g.PartnershipId == partnershipId && g.Status == Domain.GroupStatus.Active), cancellation);

    /// <summary>A 403 problem, or null when <paramref name="userId"/> manages the partnership's groups.</summary>
    public async Task<ProblemHttpResult?> RefuseUnlessManagerAsync(Guid partnershipId, Guid userId, CancellationToken cancellation) =>
        await IsManagerAsync(partnershipId, userId, cancellation)
            ? null
            : TypedResults.Problem(title: t["Forbidden_Title"], detail: t["Forbidden_Manage"], statusCode: StatusCodes.Status403Forbidden);

    /// <summary>The 404 of the module, the same whether the thing is missing or out of reach.</summary>
    public ProblemHttpResult NotFound() => ConfidentialProblems.NotFound(ct);
}
