using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Asks that the plenary be convened as of right (GOV-2, <see cref="ConvocationRule"/>): the prefect
/// (a member with the Etat role), or a member speaking for one of the plenary's member institutions.
/// A second request of the same institution before the next meeting changes nothing.
/// </summary>
public static class RequestConvocation
{
    public sealed class Handler(CoprodDbContext db, AuditTrail audit, ReadConvocation.Handler state, TimeProvider clock, IStringLocalizer<GovernanceText> t)
    {
        public async Task<Results<Ok<ConvocationState>, ValidationProblem, NotFound, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid bodyId, Guid actorId, CancellationToken ct)
        {
            var body = await db.Set<Body>().AsNoTracking().Include(b => b.Members).FirstOrDefaultAsync(b => b.Id == bodyId && b.PartnershipId == partnershipId, ct);
            if (body is null)
            {
                return TypedResults.NotFound();
            }
            if (body.Kind != BodyKind.Plenary)
            {
                return TypedResults.ValidationProblem(Validation.Single("bodyId", t["Convocation_PlenaryOnly"]));
            }
            var now = clock.GetUtcNow();
            var mine = await db.Set<Membership>().AsNoTracking().Where(Membership.ActiveOn(ParisTime.DateOf(now)))
                .Where(m => m.PartnershipId == partnershipId && m.UserId == actorId).ToListAsync(ct);
            var byPrefect = mine.Any(m => m.Role == PartnershipRole.Etat);
            var institutions = body.Members.Where(m => m.InstitutionId is not null).Select(m => m.InstitutionId!.Value).ToHashSet();
            var institution = mine.Select(m => m.InstitutionId).FirstOrDefault(i => i is { } id && institutions.Contains(id));
            if (!byPrefect && institution is null)
            {
                return TypedResults.Problem(title: t["Forbidden_Title"], detail: t["Convocation_NotAMember"], statusCode: StatusCodes.Status403Forbidden);
            }
            var open = await state.OpenRequestsAsync(body.Id, ct);
            if (!open.Any(r => r.ByPrefect == byPrefect && r.InstitutionId == institution))
            {
                var request = new ConvocationRequest
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = partnershipId,
                    BodyId = body.Id,
                    RequestedBy = actorId,
                    InstitutionId = institution,
                    ByPrefect = byPrefect,
                    RequestedAt = now,
                };
                db.Add(request);
                await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.GovernanceConvocationRequested, partnershipId, actorId, "body", body.Id.ToString(),
                    new { byPrefect, institutionId = institution }));
            }
            return TypedResults.Ok(await state.HandleAsync(body, ct));
        }
    }
}
