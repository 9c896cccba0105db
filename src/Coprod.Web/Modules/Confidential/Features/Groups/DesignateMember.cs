using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// Designates a named person in a group (CONF-1), by its managers: a current member of the partnership
/// (<see cref="DesignationRules"/>). They read nothing before signing the charter with 2FA on.
/// </summary>
public static class DesignateMember
{
    public sealed record Request(Guid? UserId);

    public sealed class Handler(CoprodDbContext db, GroupEditing editing, DesignationRules designation, GroupReader reader, AuditTrail audit)
    {
        public async Task<Results<Created<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Request r,
            Guid actorId, CancellationToken ct)
        {
            var (_, refusal) = await editing.LoadAsync(partnershipId, groupId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var v = new Validation();
            var member = await designation.CheckAsync(v, "userId", partnershipId, groupId, r.UserId, actorId, ct);
            if (member is null)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            db.Add(member);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.ConfidentialMemberDesignated, partnershipId, actorId, "ConfidentialGroup",
                groupId.ToString(), new { memberId = member.Id, userId = member.UserId }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/confidential/administration/groups/{groupId}/members/{member.Id}",
                (await reader.ReadAsync(partnershipId, groupId, ct)).Single());
        }
    }
}
