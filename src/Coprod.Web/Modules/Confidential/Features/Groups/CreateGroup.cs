using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// Creates a group with its charter version 1 (CONF-1, CONF-2), by the president or the coordinator.
/// Its name, purpose, territory and charter are anonymous texts (422). A coordination (L121-6-2) names its
/// coordinator, who is designated as its first member.
/// </summary>
public static class CreateGroup
{
    public sealed record Request(SharingChannel? Channel, string? Name, string? Purpose, string? Territory, CharterInput? Charter, Guid? CoordinatorUserId = null,
        PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, GroupManagers managers, CharterRules rules, DesignationRules designation, GroupReader reader, AuditTrail audit,
        AnonymousTextGuard privacyGuard, IStringLocalizer<GroupsText> t, TimeProvider clock)
    {
        public async Task<Results<Created<ManagedGroupDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, Guid actorId,
            CancellationToken ct)
        {
            if (await managers.RefuseUnlessManagerAsync(partnershipId, actorId, ct) is { } refusal)
            {
                return refusal;
            }
            var id = Guid.NewGuid();
            var v = new Validation().Check(r.Channel is { } c && Enum.IsDefined(c), "channel", t["Group_ChannelInvalid"]);
            rules.Text(v, "name", r.Name, ConfidentialLimits.Name);
            rules.Text(v, "purpose", r.Purpose, ConfidentialLimits.Purpose);
            rules.Text(v, "territory", r.Territory, ConfidentialLimits.Territory);
            rules.Charter(v, r.Charter, "charter.");
            GroupMember? coordinator = null;
            if (r.Channel == SharingChannel.SharedSecret)
            {
                coordinator = await designation.CheckAsync(v, "coordinatorUserId", partnershipId, id, r.CoordinatorUserId, actorId, ct);
            }
            else
            {
                v.Check(r.CoordinatorUserId is null, "coordinatorUserId", t["Group_CoordinatorOnlyShared"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = CharterRules.Check(privacyGuard.Begin(r.PrivacyOverride).Check("name", r.Name).Check("purpose", r.Purpose).Check("territory", r.Territory),
                r.Charter!, "charter.");
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var now = clock.GetUtcNow();
            var group = new ConfidentialGroup
            {
                Id = id,
                PartnershipId = partnershipId,
                Channel = r.Channel!.Value,
                Name = r.Name!.Trim(),
                Purpose = r.Purpose!.Trim(),
                Territory = r.Territory!.Trim(),
                CoordinatorUserId = coordinator?.UserId,
                CreatedBy = actorId,
                CreatedAt = now,
            };
            var charter = CharterRules.Build(id, 1, r.Charter!, actorId, now);
            db.AddRange(group, charter);
            var entries = new List<AuditEntry>
            {
                new(AuditEventType.ConfidentialGroupCreated, partnershipId, actorId, "ConfidentialGroup", id.ToString(), new { channel = group.Channel.ToString() }),
                new(AuditEventType.CharterPublished, partnershipId, actorId, "ConfidentialGroup", id.ToString(), new { version = 1 }),
            };
            if (coordinator is not null)
            {
                db.Add(coordinator);
                entries.Add(new(AuditEventType.ConfidentialMemberDesignated, partnershipId, actorId, "ConfidentialGroup", id.ToString(),
                    new { memberId = coordinator.Id, userId = coordinator.UserId, coordinator = true }));
            }
            await audit.SaveWithAuditAsync(ct, [.. entries, .. privacy.AuditEntries(partnershipId, actorId, "ConfidentialGroup", id.ToString())]);
            var dto = (await reader.ReadAsync(partnershipId, id, ct)).Single();
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/confidential/administration/groups/{id}", dto);
        }
    }
}
