using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>Names the coordinator of a coordination (L121-6-2) among its current members, by its managers; 409 on a stale version.</summary>
public static class SetCoordinator
{
    public sealed record Request(Guid? Version, Guid? CoordinatorUserId);

    public sealed class Handler(CoprodDbContext db, GroupEditing editing, VersionedWrites writes, GroupReader reader, IStringLocalizer<GroupsText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Request r, Guid actorId,
            CancellationToken ct)
        {
            var (group, refusal) = await editing.LoadAsync(partnershipId, groupId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var v = new Validation().Check(r.Version is not null, "version", ui["Validation_Required"])
                .Check(group!.Channel == SharingChannel.SharedSecret, "coordinatorUserId", t["Group_CoordinatorOnlyShared"]);
            if (r.CoordinatorUserId is not { } userId)
            {
                v.Add("coordinatorUserId", ui["Validation_Required"]);
            }
            else if (!await db.Set<GroupMember>().AnyAsync(m => m.GroupId == groupId && m.UserId == userId && m.EndedAt == null, ct))
            {
                v.Add("coordinatorUserId", t["Coordinator_NotMember"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var conflict = await writes.UpdateAsync(group, r.Version, () => group.CoordinatorUserId = r.CoordinatorUserId,
                () => [new AuditEntry(AuditEventType.ConfidentialGroupUpdated, partnershipId, actorId, "ConfidentialGroup", groupId.ToString(),
                    new { coordinatorUserId = r.CoordinatorUserId })], ct);
            return conflict is not null ? conflict : TypedResults.Ok((await reader.ReadAsync(partnershipId, groupId, ct)).Single());
        }
    }
}
