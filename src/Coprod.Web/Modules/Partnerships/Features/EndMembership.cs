using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Coprod.Web.Platform.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>
/// A person leaves: the membership ends (kept for history) and grants nothing from the next day.
/// The last coordinator cannot leave without a successor, so the partnership is never unmanaged.
/// </summary>
public static class EndMembership
{
    public sealed record Request(DateOnly? EndsOn, Guid Version);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, AccountSignals signals, IStringLocalizer<UiText> t, TimeProvider clock)
    {
        public async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid membershipId, Request r, Guid actorId, CancellationToken ct)
        {
            var m = await db.Set<Membership>().FirstOrDefaultAsync(x => x.Id == membershipId && x.PartnershipId == partnershipId, ct);
            if (m is null)
            {
                return TypedResults.NotFound();
            }
            var today = ParisTime.Today(clock);
            var endsOn = r.EndsOn ?? today;
            var v = new Validation()
                .Check(endsOn >= m.StartsOn, "endsOn", t["Membership_EndBeforeStart"])
                .Check(m.EndsOn is null, "endsOn", t["Membership_AlreadyEnded"]);
            if (v.IsValid && m.Role == PartnershipRole.Coordinateur)
            {
                var otherCoordinators = await db.Set<Membership>().CountAsync(x => x.PartnershipId == partnershipId && x.Id != m.Id
                    && x.Role == PartnershipRole.Coordinateur && (x.EndsOn == null || x.EndsOn > endsOn), ct);
                v.Check(otherCoordinators > 0, "endsOn", t["Membership_LastCoordinator"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (m.Version != r.Version)
            {
                return CommonProblems.Concurrency(t);
            }
            m.EndsOn = endsOn;
            db.Entry(m).Property(x => x.Version).OriginalValue = r.Version;
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.MembershipEnded, partnershipId, actorId, "membership", m.Id.ToString(),
                new { userId = m.UserId, role = m.Role.ToString(), endsOn }));
            await signals.ChangedAsync(m.UserId, ct);
            return TypedResults.NoContent();
        }
    }
}
