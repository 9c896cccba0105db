using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Platform.Mail;

internal sealed class SmtpMailer(IOptions<MailOptions> options) : IMailer
{
    public async Task SendAsync(string to, string subject, string textBody, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(o.Smtp.Host!, o.Smtp.Port, o.Smtp.StartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(o.Smtp.User))
        {
            await client.AuthenticateAsync(o.Smtp.User, o.Smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(MailMessages.Build(o, to, subject, textBody, attachments), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
