using Coprod.Web.Components.Account;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>
/// "Mot de passe oublié": when the e-mail belongs to an account, mails it a link to choose a new
/// password. The caller answers the same whatever happens, so nobody learns which e-mails have an account.
/// </summary>
/// <remarks>A disabled account gets no mail: resetting a password must not undo the operator's decision.</remarks>
public static class RequestPasswordReset
{
    public sealed class Handler(
        UserManager<CoprodUser> users,
        IMailer mailer,
        AuditTrail audit,
        PasswordLink passwordLink,
        TimeProvider clock,
        IOptions<DataProtectionTokenProviderOptions> tokenOptions,
        IStringLocalizer<AccountText> t)
    {
        public async Task HandleAsync(string email, Uri requestBaseUri, CancellationToken cancellationToken = default)
        {
            var user = await users.FindByEmailAsync(email.Trim());
            if (user?.Email is null || AccountRules.IsDisabled(user, clock.GetUtcNow()))
            {
                return;
            }
            var link = await passwordLink.CreateAsync(user, requestBaseUri);
            var hours = (int)Math.Ceiling(tokenOptions.Value.TokenLifespan.TotalHours);
            var body = string.Join("\n\n", t["ResetMail_Greeting"], t["ResetMail_Intro", hours], link.AbsoluteUri, t["ResetMail_NotYou"], t["ResetMail_Signature"]);
            await mailer.SendAsync(user.Email, t["ResetMail_Subject"], body + "\n", cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditEventType.PasswordResetRequested, TargetType: "account", TargetId: user.Id.ToString(),
                Details: new { channel = SignInAudit.Web }), cancellationToken);
        }

    }
}
