using Microsoft.Extensions.Options;

namespace Coprod.Web.Platform.Mail;

/// <summary>Writes each message as <c>yyyyMMdd-HHmmss-id.eml</c>, readable by any mail client.</summary>
internal sealed class PickupFolderMailer(IOptions<MailOptions> options, TimeProvider clock) : IMailer
{
    public async Task SendAsync(string to, string subject, string textBody, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken = default)
    {
        var folder = options.Value.PickupFolder!;
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        await MailMessages.Build(options.Value, to, subject, textBody, attachments).WriteToAsync(Path.Combine(folder, name), cancellationToken);
    }
}
