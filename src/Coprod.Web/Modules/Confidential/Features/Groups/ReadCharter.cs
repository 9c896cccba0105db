using Microsoft.AspNetCore.Http.HttpResults;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// The charter in force of a group, for its current members whatever their standing (they must read it
/// to sign it, CONF-2); 404 for everyone else, as for a group that does not exist.
/// </summary>
public static class ReadCharter
{
    public static GroupCharterDto Dto(ConfidentialAccess.Designation s) =>
        new(s.Group.Id, s.Group.Name, s.Group.Channel, CharterDto.From(s.Charter!), s.Signature is not null, s.Signature?.SignedAt, s.TwoFactorEnabled);

    public sealed class Handler(ConfidentialAccess access, GroupManagers managers)
    {
        public async Task<Results<Ok<GroupCharterDto>, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Guid userId, CancellationToken ct) =>
            await access.DesignationAsync(partnershipId, groupId, userId, ct) is { Charter: not null } seat ? TypedResults.Ok(Dto(seat)) : managers.NotFound();
    }
}
