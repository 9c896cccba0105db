using System.Globalization;
using System.Text;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Governance.Features;

/// <summary>
/// The subject and text of a meeting's invitation, or of its cancellation, in French: no invitee has a
/// language of his own, so the platform's default language is used whatever the sender's interface.
/// </summary>
internal static class InvitationMail
{
    public sealed record Message(string Subject, string Text);

    public static Message Compose(GetInvitation.Invitation invite, IStringLocalizer<GovernanceText> t)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = LocalizationModule.Supported[0];
        try
        {
            return Write(invite, t);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static Message Write(GetInvitation.Invitation invite, IStringLocalizer<GovernanceText> t)
    {
        var meeting = invite.Meeting;
        var start = ParisTime.ToParis(meeting.StartsAt);
        var when = t["Invitation_When", start, ParisTime.ToParis(meeting.EndsAt)];
        var text = new StringBuilder().AppendLine(t["Invitation_Greeting"]).AppendLine();
        if (meeting.IsCancelled)
        {
            text.AppendLine(t["Invitation_Cancelled", meeting.Title, invite.BodyName, when]).AppendLine()
                .AppendLine(t["Invitation_CancelAttachment"]);
        }
        else
        {
            text.AppendLine(t["Invitation_Intro", meeting.Title, invite.BodyName]).AppendLine()
                .AppendLine(t["Invitation_Date", when])
                .AppendLine(t["Invitation_Place", meeting.Place ?? t["Invitation_PlaceUnknown"]]).AppendLine()
                .AppendLine(t["Invitation_Agenda"]);
            foreach (var item in meeting.Agenda.OrderBy(a => a.Position))
            {
                text.AppendLine($"  {item.Position}. {item.Text}");
            }
            text.AppendLine().AppendLine(t["Invitation_Attachment"]);
        }
        text.AppendLine().Append("Coprod");
        var subject = t[meeting.IsCancelled ? "Invitation_CancelSubject" : "Invitation_Subject", meeting.Title, start];
        return new Message(subject, text.ToString());
    }
}
