using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// Ends a membership at once (CONF-1, CONF-2), by the group's managers: a removal, or a recorded breach of
/// the charter with its reason code (kept on the membership and in the audit). The row stays so that access logs keep the name; the next request of
/// the person is refused (<see cref="ConfidentialAccess"/> reads the membership each time). A coordinator
/// who leaves a coordination leaves it without a coordinator until another is named.
/// </summary>
public static class EndMembership
{
    public sealed record BreachRequest(BreachReason? Reason);

    public sealed class Handler(CoprodDbContext db, GroupEditing editing, GroupManagers managers, GroupReader reader, AuditTrail audit,
        IStringLocalizer<GroupsText> t, TimeProvider clock)
    {
        public Task<Results<Ok<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> RemoveAsync(Guid partnershipId, Guid groupId, Guid memberId, Guid actorId,
            CancellationToken ct) => EndAsync(partnershipId, groupId, memberId, actorId, MemberEndReason.Removed, null, ct);

        public async Task<Results<Ok<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> BreachAsync(Guid partnershipId, Guid groupId, Guid memberId,
            BreachRequest r, Guid actorId, CancellationToken ct)
        {
            if (await managers.RefuseUnlessManagerAsync(partnershipId, actorId, ct) is { } refusal)
            {
                return refusal;
            }
            return r.Reason is { } reason && Enum.IsDefined(reason)
                ? await EndAsync(partnershipId, groupId, memberId, actorId, MemberEndReason.Breach, reason, ct)
                : TypedResults.ValidationProblem(Validation.Single("reason", t["Breach_ReasonInvalid"]));
        }

        private async Task<Results<Ok<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> EndAsync(Guid partnershipId, Guid groupId, Guid memberId,
            Guid actorId, MemberEndReason end, BreachReason? reason, CancellationToken ct)
        {
            var (group, refusal) = await editing.LoadAsync(partnershipId, groupId, actorId, ct, activeOnly: false);
            if (refusal is not null)
            {
                return refusal;
            }
            var member = await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.GroupId == groupId && m.EndedAt == null, ct);
            if (member is null)
            {
                return managers.NotFound();
            }
            (member.EndedAt, member.EndReason, member.BreachReason, member.EndedBy) = (clock.GetUtcNow(), end, reason, actorId);
            if (group!.CoordinatorUserId == member.UserId)
            {
                group.CoordinatorUserId = null;
            }
            await audit.SaveWithAuditAsync(ct, end == MemberEndReason.Breach
                ? new AuditEntry(AuditEventType.CharterBreachRecorded, partnershipId, actorId, "ConfidentialGroup", groupId.ToString(),
                    new { memberId, userId = member.UserId, reason = reason.ToString() })
                : new AuditEntry(AuditEventType.ConfidentialMemberRemoved, partnershipId, actorId, "ConfidentialGroup", groupId.ToString(),
                    new { memberId, userId = member.UserId }));
            return TypedResults.Ok((await reader.ReadAsync(partnershipId, groupId, ct)).Single());
        }
    }
}
