using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Coprod.Web.Platform.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>
/// Gives a person a role in the partnership, on behalf of an institution. A person without an
/// account is invited by e-mail (the account is created without a password).
/// </summary>
public static class GrantMembership
{
    public sealed record Request(string? Email, string? DisplayName, PartnershipRole? Role, Guid? InstitutionId, DateOnly? StartsOn);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, InviteAccount invite, AccountSignals signals, IStringLocalizer<UiText> t, TimeProvider clock)
    {
        public async Task<Results<Created<ListMembers.Item>, ValidationProblem, NotFound>> HandleAsync(Guid partnershipId, Request r, Guid actorId, CancellationToken ct)
        {
            if (!await db.Set<Partnership>().AnyAsync(p => p.Id == partnershipId, ct))
            {
                return TypedResults.NotFound();
            }
            var v = new Validation()
                .Check(AccountRules.IsEmail(r.Email), "email", t["Identity_InvalidEmail"])
                .Check(r.Role is not null && Enum.IsDefined(r.Role.Value), "role", t["Membership_RoleInvalid"])
                .Check(r.DisplayName is null || r.DisplayName.Length <= 200, "displayName", t["Validation_TooLong", 200]);
            if (r.InstitutionId is { } institutionId)
            {
                v.Check(await db.Set<Institution>().AnyAsync(i => i.Id == institutionId && i.PartnershipId == partnershipId, ct), "institutionId", t["Membership_InstitutionUnknown"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var today = ParisTime.Today(clock);
            var entries = new List<AuditEntry>();
            var outcome = await invite.FindOrCreateAsync(r.Email!.Trim(), r.DisplayName, PlatformRole.None, null, actorId, entries, ct);
            if (outcome.User is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("email", string.Join(" ", outcome.Errors.Select(e => e.Description))));
            }
            var user = outcome.User;
            var duplicate = await db.Set<Membership>().Where(Membership.ActiveOn(today))
                .AnyAsync(m => m.PartnershipId == partnershipId && m.UserId == user.Id && m.Role == r.Role, ct);
            if (duplicate)
            {
                return TypedResults.ValidationProblem(Validation.Single("role", t["Membership_Duplicate"]));
            }
            var membership = new Membership
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnershipId,
                UserId = user.Id,
                Role = r.Role!.Value,
                InstitutionId = r.InstitutionId,
                StartsOn = r.StartsOn ?? today,
            };
            db.Add(membership);
            entries.Add(new AuditEntry(AuditEventType.MembershipGranted, partnershipId, actorId, "membership", membership.Id.ToString(),
                new { userId = user.Id, role = membership.Role.ToString(), membership.InstitutionId }));
            await audit.SaveWithAuditAsync(ct, [.. entries]);
            await signals.ChangedAsync(user.Id, ct);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/memberships/{membership.Id}",
                new ListMembers.Item(membership.Id, user.Id, user.DisplayName, user.Email!, membership.Role, membership.InstitutionId, null, membership.StartsOn, null, membership.IsActiveOn(today), membership.Version));
        }
    }
}
