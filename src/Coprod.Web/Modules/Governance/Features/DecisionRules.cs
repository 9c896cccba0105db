using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>A decision as read: owner names, whether it is late and by how many days (Europe/Paris).</summary>
public sealed record DecisionDto(Guid Id, Guid MeetingId, string MeetingTitle, DateTimeOffset MeetingStartsAt, Guid BodyId, string BodyName, string Text,
    Guid OwnerInstitutionId, string OwnerInstitutionName, Guid? OwnerPersonId, string? OwnerPersonName, DateOnly DueOn, DecisionStatus Status, DateOnly? ClosedOn,
    string? FollowUp, IReadOnlyList<string> Communes, bool Late, int DaysLate, bool CanManage, Guid Version);

/// <summary>The checks of a decision's fields and the reading of decisions with their owners' names.</summary>
public sealed class DecisionRules(CoprodDbContext db, MembershipLookup memberships, TimeProvider clock, IStringLocalizer<GovernanceText> t,
    IStringLocalizer<UiText> ui)
{
    /// <summary>Today in Paris: a decision due yesterday is late from midnight, Paris time.</summary>
    public DateOnly Today => ParisTime.Today(clock);

    /// <summary>Checks text, owner (an institution of the partnership, a person of the directory in it), due date, communes, follow-up.</summary>
    public async Task<Validation> CheckAsync(Guid partnershipId, string? text, Guid? ownerInstitutionId, Guid? ownerPersonId, DateOnly? dueOn,
        IReadOnlyList<string>? communes, string? followUp, CancellationToken ct)
    {
        var v = new Validation();
        var n = text?.Trim() ?? "";
        v.Check(n.Length > 0, "text", ui["Validation_Required"]);
        v.Check(n.Length <= GovernanceLimits.DecisionText, "text", ui["Validation_TooLong", GovernanceLimits.DecisionText]);
        v.Check(dueOn is not null, "dueOn", ui["Validation_Required"]);
        v.Check((followUp?.Trim().Length ?? 0) <= GovernanceLimits.FollowUp, "followUp", ui["Validation_TooLong", GovernanceLimits.FollowUp]);
        if (ownerInstitutionId is not { } institutionId)
        {
            v.Add("ownerInstitutionId", ui["Validation_Required"]);
        }
        else
        {
            v.Check(await db.Set<Institution>().AnyAsync(i => i.Id == institutionId && i.PartnershipId == partnershipId, ct),
                "ownerInstitutionId", t["Validation_UnknownInstitution"]);
        }
        if (ownerPersonId is { } personId)
        {
            v.Check(await db.Set<DirectoryPerson>().AnyAsync(p => p.Id == personId && p.PartnershipId == partnershipId && p.EndsOn == null, ct),
                "ownerPersonId", t["Decision_UnknownPerson"]);
        }
        if (communes is { Count: > 0 })
        {
            var known = await db.Set<PartnershipCommune>().Where(c => c.PartnershipId == partnershipId).Select(c => c.InseeCode).ToListAsync(ct);
            for (var i = 0; i < communes.Count; i++)
            {
                v.Check(known.Contains(communes[i]), $"communes[{i}]", t["Decision_UnknownCommune"]);
            }
        }
        return v;
    }

    /// <summary>The partnership's decisions matching <paramref name="filter"/>, with names, as the caller sees them.</summary>
    public async Task<List<DecisionDto>> ReadAsync(Guid partnershipId, Guid userId, Func<IQueryable<Decision>, IQueryable<Decision>> filter, CancellationToken ct)
    {
        var decisions = await filter(db.Set<Decision>().AsNoTracking().Where(d => d.PartnershipId == partnershipId)).ToListAsync(ct);
        if (decisions.Count == 0)
        {
            return [];
        }
        var meetingIds = decisions.Select(d => d.MeetingId).Distinct().ToList();
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var bodies = await db.Set<Body>().AsNoTracking().Where(b => b.PartnershipId == partnershipId).ToDictionaryAsync(b => b.Id, ct);
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == partnershipId)
            .ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var personIds = decisions.Select(d => d.OwnerPersonId).OfType<Guid>().Distinct().ToList();
        var persons = await db.Set<DirectoryPerson>().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}", ct);
        var roles = await memberships.ActiveRolesAsync(userId, partnershipId);
        var today = Today;
        return decisions.Select(d =>
            {
                var meeting = meetings[d.MeetingId];
                var body = bodies[d.BodyId];
                var late = d.DaysLate(today);
                return new DecisionDto(d.Id, d.MeetingId, meeting.Title, meeting.StartsAt, d.BodyId, body.Name, d.Text, d.OwnerInstitutionId,
                    institutions.GetValueOrDefault(d.OwnerInstitutionId, "—"), d.OwnerPersonId,
                    d.OwnerPersonId is { } p ? persons.GetValueOrDefault(p) : null, d.DueOn, d.Status, d.ClosedOn, d.FollowUp, d.Communes, late > 0, late,
                    GovernanceAccess.CanManage(body.Kind, roles), d.Version);
            })
            .OrderByDescending(d => d.DaysLate).ThenBy(d => d.DueOn).ThenBy(d => d.MeetingStartsAt)
            .ToList();
    }
}
