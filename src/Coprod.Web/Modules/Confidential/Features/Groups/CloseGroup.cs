using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>Closes a group (CONF-1), by its managers: refused (409) while it still follows active cases; 409 on a stale version.</summary>
public static class CloseGroup
{
    public sealed record Request(Guid? Version);

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
            if (r.Version is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
            }
            if (await db.Set<ConfidentialCase>().AnyAsync(c => c.GroupId == groupId && c.Status == CaseStatus.Active, ct))
            {
                return TypedResults.Problem(title: t["Close_ActiveCasesTitle"], detail: t["Close_ActiveCases"], statusCode: StatusCodes.Status409Conflict);
            }
            var conflict = await writes.UpdateAsync(group!, r.Version, () => group!.Status = GroupStatus.Closed,
                () => [new AuditEntry(AuditEventType.ConfidentialGroupClosed, partnershipId, actorId, "ConfidentialGroup", groupId.ToString())], ct);
            return conflict is not null ? conflict : TypedResults.Ok((await reader.ReadAsync(partnershipId, groupId, ct)).Single());
        }
    }
}
