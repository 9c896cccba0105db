using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>A meeting with its agenda, invitees (with the addresses the invitation goes to), attendance, minutes, decisions (with those carried over) and documents; any member reads it.</summary>
public static class GetMeeting
{
    public sealed class Handler(CoprodDbContext db, MembershipLookup memberships, ListDecisions.Handler decisions, ListMeetingDocuments.Handler documents,
        TimeProvider clock)
    {
        public async Task<MeetingDto?> HandleAsync(Guid partnershipId, Guid meetingId, Guid userId, CancellationToken ct = default)
        {
            var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Agenda).Include(m => m.Invitees).AsSplitQuery()
                .FirstOrDefaultAsync(m => m.Id == meetingId && m.PartnershipId == partnershipId, ct);
            if (meeting is null)
            {
                return null;
            }
            var body = await db.Set<Body>().AsNoTracking().FirstAsync(b => b.Id == meeting.BodyId, ct);
            var people = await PartnershipPeople.LoadAsync(db, partnershipId, ParisTime.Today(clock), ct);
            var canManage = GovernanceAccess.CanManage(body.Kind, await memberships.ActiveRolesAsync(userId, partnershipId));
            var earlier = await db.Set<Meeting>().AsNoTracking().Where(m => m.BodyId == body.Id && m.Id != meeting.Id)
                .Select(m => new { m.Id, m.StartsAt }).ToListAsync(ct);
            var (taken, carried) = await decisions.ForMeetingAsync(partnershipId, userId, meeting,
                earlier.Where(m => m.StartsAt < meeting.StartsAt).Select(m => m.Id).ToList(), ct);
            return ToDto(meeting, body, people, canManage, taken, carried, await documents.ForMeetingAsync(meeting.Id, ct));
        }
    }

    public static MeetingDto ToDto(Meeting meeting, Body body, PartnershipPeople people, bool canManage, IReadOnlyList<DecisionDto> decisions,
        IReadOnlyList<DecisionDto> followUp, IReadOnlyList<MeetingDocumentDto> documents) =>
        new(meeting.Id, body.Id, body.Name, body.Kind, meeting.Title, meeting.StartsAt, meeting.EndsAt, meeting.Place, meeting.Sequence, meeting.IsCancelled,
            meeting.InvitationsSentAt,
            meeting.Agenda.OrderBy(a => a.Position).Select(a => new AgendaItemDto(a.Id, a.Position, a.Text, a.Key)).ToList(),
            meeting.Invitees
                .Select(i => new InviteeDto(i.Id, i.InstitutionId, i.MembershipId, people.NameOf(i.InstitutionId, i.MembershipId),
                    people.EmailsOf(i.InstitutionId, i.MembershipId), i.Attendance, i.RepresentedBy))
                .OrderBy(i => i.MembershipId is null ? 0 : 1).ThenBy(i => i.Name, FrenchOrder.Names)
                .ToList(),
            meeting.Minutes, canManage, meeting.Version, decisions, followUp, documents);
}
