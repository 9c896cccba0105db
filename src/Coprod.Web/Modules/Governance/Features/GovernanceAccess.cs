using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Who manages a body (GOV-1): the coordinator manages every body but the GLTD, which belongs to the
/// prosecutor (a member with the Parquet role) alone: only he creates it, sets its scope and duration,
/// schedules its meetings and closes it.
/// </summary>
/// <remarks>
/// Keeps out of management: the coordinator for a GLTD (the municipality is only invited to it), and
/// for other bodies everyone but the coordinator (president, State, partners read them; field agents
/// are kept out of every write by the route's <see cref="CoprodPolicies.PartnershipContribute"/> policy).
/// The route groups already require a membership in the partnership.
/// </remarks>
public sealed class GovernanceAccess(MembershipLookup memberships, IStringLocalizer<GovernanceText> t)
{
    public static bool CanManage(BodyKind kind, IReadOnlyCollection<PartnershipRole> roles) =>
        kind == BodyKind.Gltd ? roles.Contains(PartnershipRole.Parquet) : roles.Contains(PartnershipRole.Coordinateur);

    public async Task<bool> CanManageAsync(Guid partnershipId, Guid userId, BodyKind kind) =>
        CanManage(kind, await memberships.ActiveRolesAsync(userId, partnershipId));

    /// <summary>The kinds of body <paramref name="userId"/> manages here, from one reading of his roles.</summary>
    public async Task<IReadOnlyList<BodyKind>> ManagedKindsAsync(Guid partnershipId, Guid userId)
    {
        var roles = await memberships.ActiveRolesAsync(userId, partnershipId);
        return Enum.GetValues<BodyKind>().Where(kind => CanManage(kind, roles)).ToList();
    }

    /// <summary>A 403 problem explaining the rule in French, or null when <paramref name="userId"/> may manage a body of this kind.</summary>
    public async Task<ProblemHttpResult?> RefuseUnlessManagerAsync(Guid partnershipId, Guid userId, BodyKind kind) =>
        await CanManageAsync(partnershipId, userId, kind)
            ? null
            : TypedResults.Problem(title: t["Forbidden_Title"], detail: t[kind == BodyKind.Gltd ? "Forbidden_Gltd" : "Forbidden_Manage"],
                statusCode: StatusCodes.Status403Forbidden);
}
