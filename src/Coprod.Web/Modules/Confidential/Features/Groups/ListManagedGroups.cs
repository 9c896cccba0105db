using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>Every group of the partnership with its charter and members, for the president and the coordinator (CONF-1); no case data.</summary>
public static class ListManagedGroups
{
    public sealed class Handler(GroupManagers managers, GroupReader reader)
    {
        public async Task<Results<Ok<IReadOnlyList<ManagedGroupDto>>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid userId, CancellationToken ct) =>
            await managers.RefuseUnlessManagerAsync(partnershipId, userId, ct) is { } refusal ? refusal
                : TypedResults.Ok(await reader.ReadAsync(partnershipId, null, ct));

        /// <summary>One group, or 404.</summary>
        public async Task<Results<Ok<ManagedGroupDto>, ProblemHttpResult>> OneAsync(Guid partnershipId, Guid groupId, Guid userId, CancellationToken ct) =>
            await managers.RefuseUnlessManagerAsync(partnershipId, userId, ct) is { } refusal ? refusal
                : (await reader.ReadAsync(partnershipId, groupId, ct)).SingleOrDefault() is { } group ? TypedResults.Ok(group) : managers.NotFound();
    }
}
