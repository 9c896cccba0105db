using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Mail;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Mails every invitee (each address once) a French message with the meeting's <c>invitation.ics</c>
/// attached: the invitation, or its cancellation once the meeting is cancelled.
/// </summary>
public static class SendInvitations
{
    public sealed record Response(int Sent, int Sequence, bool Cancellation);

    public sealed class Handler(MeetingEditing editing, GetInvitation.Handler invitation, IMailer mailer, AuditTrail audit, TimeProvider clock,
        IStringLocalizer<GovernanceText> t)
    {
        public async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid meetingId, Guid actorId, CancellationToken ct)
        {
            var (loaded, refusal) = await editing.LoadAsync(partnershipId, meetingId, actorId, ct);
            if (refusal is not null)
            {
                return refusal;
            }
            var invite = (await invitation.HandleAsync(partnershipId, meetingId, ct))!;
            if (invite.Attendees.Count == 0)
            {
                return TypedResults.ValidationProblem(Validation.Single("invitees", t["Invitations_NoAddress"]));
            }
            var meeting = invite.Meeting;
            var start = ParisTime.ToParis(meeting.StartsAt);
            var end = ParisTime.ToParis(meeting.EndsAt);
            var french = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            var when = string.Format(french, "{0:dddd d MMMM yyyy}, de {0:HH\\:mm} à {1:HH\\:mm}", start, end);
            var agenda = string.Join("\n", meeting.Agenda.OrderBy(a => a.Position).Select(a => $"  {a.Position}. {a.Text}"));
            var subject = meeting.IsCancelled ? $"Annulation : {meeting.Title} ({start.ToString("d MMMM yyyy", french)})" : $"Invitation : {meeting.Title} ({start.ToString("d MMMM yyyy", french)})";
            var text = meeting.IsCancelled
                ? $"Bonjour,\n\nLa réunion « {meeting.Title} » ({invite.BodyName}) prévue le {when} est annulée.\n\nLe fichier joint la retire de votre agenda.\n\nCoprod"
                : $"Bonjour,\n\nVous êtes invité(e) à la réunion « {meeting.Title} » ({invite.BodyName}).\n\nDate : {when} (heure de Paris)\nLieu : {meeting.Place ?? "à préciser"}\n\n"
                    + $"Ordre du jour :\n{agenda}\n\nLe fichier joint (invitation.ics) ajoute la réunion à votre agenda.\n\nCoprod";
            var method = meeting.IsCancelled ? "CANCEL" : "REQUEST";
            var attachment = new MailAttachment("invitation.ics", $"{MeetingCalendar.ContentType}; charset=utf-8; method={method}", System.Text.Encoding.UTF8.GetBytes(invite.Calendar));
            foreach (var attendee in invite.Attendees)
            {
                await mailer.SendAsync(attendee.Email, subject, text, [attachment], ct);
            }
            var tracked = loaded!.Meeting;
            tracked.InvitationsSentAt = clock.GetUtcNow();
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.GovernanceInvitationsSent, partnershipId, actorId, "meeting", meeting.Id.ToString(),
                new { recipients = invite.Attendees.Count, sequence = meeting.Sequence, cancellation = meeting.IsCancelled }));
            return TypedResults.Ok(new Response(invite.Attendees.Count, meeting.Sequence, meeting.IsCancelled));
        }
    }
}
