using MimeKit;

namespace Coprod.Web.Platform.Mail;

/// <summary>Sends one message. Implementations never log recipients or content.</summary>
public interface IMailer
{
    /// <summary>Sends one plain-text message.</summary>
    Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken = default) =>
        SendAsync(to, subject, textBody, [], cancellationToken);

    /// <summary>Sends one message with files attached (e.g. a meeting's <c>invitation.ics</c>).</summary>
    Task SendAsync(string to, string subject, string textBody, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken = default);
}

/// <summary>A file attached to a message; <paramref name="ContentType"/> is a MIME type such as <c>text/calendar; method=REQUEST</c>.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

internal static class MailMessages
{
    public static MimeMessage Build(MailOptions options, string to, string subject, string textBody, IReadOnlyList<MailAttachment> attachments)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        var body = new BodyBuilder { TextBody = textBody };
        foreach (var attachment in attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        message.Body = body.ToMessageBody();
        return message;
    }
}
