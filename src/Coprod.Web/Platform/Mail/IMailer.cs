using MimeKit;

namespace Coprod.Web.Platform.Mail;

/// <summary>Sends one message. Implementations never log recipients or content.</summary>
public interface IMailer
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken = default);
}

internal static class MailMessages
{
    public static MimeMessage Build(MailOptions options, string to, string subject, string textBody)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = textBody };
        return message;
    }
}
