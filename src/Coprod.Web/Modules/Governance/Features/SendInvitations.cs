using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Mail;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// Mails every invitee (each address once) a French message (<see cref="InvitationMail"/>) with the meeting's
/// <c>invitation.ics</c> attached: the invitation, or its cancellation once the meeting is cancelled.
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
            var (meeting, body) = loaded!;
            var invite = await invitation.ComposeAsync(meeting, body, ct);
            if (invite.Attendees.Count == 0)
            {
                return TypedResults.ValidationProblem(Validation.Single("invitees", t["Invitations_NoAddress"]));
            }
            var mail = InvitationMail.Compose(invite, t);
            var method = meeting.IsCancelled ? "CANCEL" : "REQUEST";
            var attachment = new MailAttachment("invitation.ics", $"{MeetingCalendar.ContentType}; charset=utf-8; method={method}", System.Text.Encoding.UTF8.GetBytes(invite.Calendar));
            foreach (var attendee in invite.Attendees)
            {
                await mailer.SendAsync(attendee.Email, mail.Subject, mail.Text, [attachment], ct);
            }
            meeting.InvitationsSentAt = clock.GetUtcNow();
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.GovernanceInvitationsSent, partnershipId, actorId, "meeting", meeting.Id.ToString(),
                new { recipients = invite.Attendees.Count, sequence = meeting.Sequence, cancellation = meeting.IsCancelled }));
            return TypedResults.Ok(new Response(invite.Attendees.Count, meeting.Sequence, meeting.IsCancelled));
        }
    }
}
