using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Auth.Account;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Cases;

/// <summary>
/// Tells the group's other entitled members that something new was written, by mail: the group's name and a
/// link to its cases, never the content, the reference or a name (a mailbox is not the group's vault).
/// </summary>
public sealed class CaseNotifier(CoprodDbContext db, ConfidentialAccess access, IMailer mailer, IConfiguration configuration,
    IHttpContextAccessor http, IStringLocalizer<CasesText> t)
{
    public async Task NotifyAsync(ConfidentialGroup group, Guid actorId, CancellationToken ct)
    {
        var userIds = await db.Set<GroupMember>().AsNoTracking().Where(m => m.GroupId == group.Id && m.EndedAt == null && m.UserId != actorId)
            .Select(m => m.UserId).Distinct().ToListAsync(ct);
        var link = new Uri(BaseUri(), $"p/{group.PartnershipId}/confidentiel/groupes/{group.Id}/situations");
        var subject = t["Mail_Subject", group.Name].Value;
        var text = string.Join("\n\n", t["Mail_Body", group.Name].Value, t["Mail_Link", link.AbsoluteUri].Value, t["Mail_NoContent"].Value);
        foreach (var userId in userIds)
        {
            if (await access.SeatAsync(group.PartnershipId, group.Id, userId, ct) is null)
            {
                continue;
            }
            var email = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(ct);
            if (!string.IsNullOrWhiteSpace(email))
            {
                await mailer.SendAsync(email, subject, text, ct);
            }
        }
    }

    private Uri BaseUri()
    {
        var configured = configuration["Auth:PublicBaseUrl"];
        var baseUri = string.IsNullOrWhiteSpace(configured) ? PasswordLink.RequestBase(http.HttpContext?.Request) : new Uri(configured, UriKind.Absolute);
        return baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
    }
}
