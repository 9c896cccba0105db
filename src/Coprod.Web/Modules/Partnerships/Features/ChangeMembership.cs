using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Coprod.Web.Platform.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>Changes a member's role or institution; refused when someone changed it meanwhile.</summary>
public static class ChangeMembership
{
    public sealed record Request(PartnershipRole? Role, Guid? InstitutionId, Guid Version);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, AccountSignals signals, IStringLocalizer<UiText> t)
    {
        public async Task<Results<NoContent, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid membershipId, Request r, Guid actorId, CancellationToken ct)
        {
            var m = await db.Set<Membership>().FirstOrDefaultAsync(x => x.Id == membershipId && x.PartnershipId == partnershipId, ct);
            if (m is null)
            {
                return TypedResults.NotFound();
            }
            var v = new Validation().Check(r.Role is not null && Enum.IsDefined(r.Role.Value), "role", t["Membership_RoleInvalid"]);
            if (r.InstitutionId is { } institutionId)
            {
                v.Check(await db.Set<Institution>().AnyAsync(i => i.Id == institutionId && i.PartnershipId == partnershipId, ct), "institutionId", t["Membership_InstitutionUnknown"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (m.Version != r.Version)
            {
                return CommonProblems.Concurrency(t);
            }
            var before = m.Role;
            m.Role = r.Role!.Value;
            m.InstitutionId = r.InstitutionId;
            db.Entry(m).Property(x => x.Version).OriginalValue = r.Version;
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.MembershipRoleChanged, partnershipId, actorId, "membership", m.Id.ToString(),
                new { userId = m.UserId, from = before.ToString(), to = m.Role.ToString(), m.InstitutionId }));
            await signals.ChangedAsync(m.UserId, ct);
            return TypedResults.NoContent();
        }
    }
}
