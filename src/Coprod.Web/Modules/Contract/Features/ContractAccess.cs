using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Contract.Features;

/// <summary>
/// Who does what with the contract, read from the database on every call. Every current member reads
/// the contract, its sheets, commitments and figures (field agents included: the contract is public
/// to the partnership). The coordinator writes the contract, its sheets and commitments and proposes
/// amendments. A partner (any role but field agent) acts on what their institution owes: marks its
/// commitments done, answers them, enters its indicators' values. Only the member designated on a
/// signatory approves or refuses amendments on its behalf.
/// </summary>
public sealed class ContractAccess(CoprodDbContext db, TimeProvider clock)
{
    /// <summary>A member's seat today, as far as the contract goes.</summary>
    public sealed record Seat(Guid UserId, IReadOnlyList<PartnershipRole> Roles, IReadOnlyList<Guid> Institutions, IReadOnlyList<Guid> Memberships)
    {
        public bool IsCoordinator => Roles.Contains(PartnershipRole.Coordinateur);

        public bool IsAgentOnly => Roles.All(r => r == PartnershipRole.Agent);

        /// <summary>Whether this seat acts for <paramref name="institutionId"/> (its own institution, not as a field agent), or coordinates.</summary>
        public bool ActsFor(Guid? institutionId) => IsCoordinator || (institutionId is { } i && Institutions.Contains(i));

        /// <summary>Whether this seat approves for <paramref name="signatory"/>.</summary>
        public bool SignsFor(ContractSignatory signatory) => signatory.MembershipId is { } m && Memberships.Contains(m);
    }

    public DateOnly Today => ParisTime.Today(clock);

    /// <summary>The caller's seat, or null without a current membership (or with a disabled account).</summary>
    public async Task<Seat?> SeatAsync(Guid partnershipId, Guid userId, CancellationToken ct)
    {
        var seats = await MembershipSeats.CurrentAsync(db, clock.GetUtcNow(), partnershipId, userId, ct);
        if (seats.Count == 0)
        {
            return null;
        }
        var contributing = seats.Where(s => s.Role != PartnershipRole.Agent).ToList();
        return new Seat(userId, seats.Select(s => s.Role).Distinct().ToList(),
            contributing.Where(s => s.InstitutionId is not null).Select(s => s.InstitutionId!.Value).Distinct().ToList(),
            contributing.Select(s => s.MembershipId).ToList());
    }
}
