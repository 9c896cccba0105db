using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Auth.Account;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>
/// Finds an account by e-mail or creates it without a password and e-mails the person a link
/// to choose one. Shared by the operator's account creation and the coordinator's invitations.
/// </summary>
public sealed class InviteAccount(UserManager<CoprodUser> users, PasswordLink passwordLink, IMailer mailer, IStringLocalizer<UiText> t, TimeProvider clock, IHttpContextAccessor http)
{
    public sealed record Outcome(CoprodUser? User, bool Created, IEnumerable<IdentityError> Errors);

    /// <summary>Returns the account; <paramref name="audit"/> receives the AccountCreated entry to save with the caller's change.</summary>
    public async Task<Outcome> FindOrCreateAsync(string email, string? displayName, PlatformRole platformRole, string? departementCode, Guid actorId, List<AuditEntry> audit, CancellationToken ct)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            return new Outcome(existing, false, []);
        }
        var user = new CoprodUser
        {
            Id = Guid.NewGuid(),
            Email = email.Trim(),
            UserName = email.Trim(),
            DisplayName = displayName?.Trim() ?? email.Trim(),
            PlatformRole = platformRole,
            DepartementCode = departementCode,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            return new Outcome(null, false, result.Errors);
        }
        audit.Add(new AuditEntry(AuditEventType.AccountCreated, ActorId: actorId, TargetType: "account", TargetId: user.Id.ToString(),
            Details: new { platformRole = platformRole.ToString() }));
        await SendInvitationAsync(user, ct);
        return new Outcome(user, true, []);
    }

    private async Task SendInvitationAsync(CoprodUser user, CancellationToken ct)
    {
        var link = await passwordLink.CreateAsync(user, PasswordLink.RequestBase(http.HttpContext?.Request));
        await mailer.SendAsync(user.Email!, t["Invite_Subject"], t["Invite_Body", user.DisplayName, link.AbsoluteUri], ct);
    }
}
