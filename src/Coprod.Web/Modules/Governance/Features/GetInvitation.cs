using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// A meeting's invitation as iCalendar text (<see cref="MeetingCalendar"/>): organised by the
/// coordinator (the prosecutor for a GLTD he created), every invitee's address as an attendee.
/// </summary>
public static class GetInvitation
{
    public sealed record Invitation(Meeting Meeting, string BodyName, string Calendar, IReadOnlyList<MeetingCalendar.Person> Attendees);

    public sealed class Handler(CoprodDbContext db, IOptions<MailOptions> mail, TimeProvider clock)
    {
        public async Task<Invitation?> HandleAsync(Guid partnershipId, Guid meetingId, CancellationToken ct = default)
        {
            var meeting = await db.Set<Meeting>().AsNoTracking().Include(m => m.Agenda).Include(m => m.Invitees).AsSplitQuery()
                .FirstOrDefaultAsync(m => m.Id == meetingId && m.PartnershipId == partnershipId, ct);
            if (meeting is null)
            {
                return null;
            }
            var body = await db.Set<Body>().AsNoTracking().FirstAsync(b => b.Id == meeting.BodyId, ct);
            return await ComposeAsync(meeting, body, ct);
        }

        /// <summary>The invitation of <paramref name="meeting"/> (loaded with its agenda and invitees) of <paramref name="body"/>.</summary>
        public async Task<Invitation> ComposeAsync(Meeting meeting, Body body, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var people = await PartnershipPeople.LoadAsync(db, meeting.PartnershipId, ParisTime.DateOf(now), ct);
            var attendees = meeting.Invitees
                .SelectMany(i => people.EmailsOf(i.InstitutionId, i.MembershipId).Select(email => new MeetingCalendar.Person(email, people.NameOf(i.InstitutionId, i.MembershipId))))
                .DistinctBy(p => p.Email.ToLowerInvariant())
                .ToList();
            var calendar = MeetingCalendar.Build(meeting, body.Name, Organizer(body, people), attendees, now);
            return new Invitation(meeting, body.Name, calendar, attendees);
        }

        private MeetingCalendar.Person Organizer(Body body, PartnershipPeople people)
        {
            var members = people.Members.Values.Where(p => p.Email is { Length: > 0 }).ToList();
            var organizer = body.Kind == BodyKind.Gltd
                ? members.FirstOrDefault(p => p.UserId == body.CreatedBy && p.Role == PartnershipRole.Parquet) ?? members.FirstOrDefault(p => p.Role == PartnershipRole.Parquet)
                : members.OrderBy(p => p.Email, StringComparer.OrdinalIgnoreCase).FirstOrDefault(p => p.Role == PartnershipRole.Coordinateur);
            if (organizer is not null)
            {
                return new MeetingCalendar.Person(organizer.Email!, organizer.Name);
            }
            // No coordinator yet: the platform's sender address.
            var from = MailboxAddress.Parse(mail.Value.From);
            return new MeetingCalendar.Person(from.Address, from.Name);
        }
    }
}
