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
/// <remarks>
/// The link's host comes from <c>Auth:PublicBaseUrl</c> when set (recommended in production: a
/// forged Host header then cannot put another site in the mail), otherwise from the request.
/// </remarks>
public static class RequestPasswordReset
{
    public const string ResetPath = "compte/reinitialiser-mot-de-passe";

    public sealed class Handler(
        UserManager<CoprodUser> users,
        IMailer mailer,
        AuditTrail audit,
        IConfiguration configuration,
        IOptions<DataProtectionTokenProviderOptions> tokenOptions,
        IStringLocalizer<AccountText> t)
    {
        public async Task HandleAsync(string email, Uri requestBaseUri, CancellationToken cancellationToken = default)
        {
            var user = await users.FindByEmailAsync(email.Trim());
            if (user?.Email is null)
            {
                return;
            }
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = new Uri(BaseUri(requestBaseUri),
                $"{ResetPath}?email={Uri.EscapeDataString(user.Email)}&code={ResetCode.Encode(token)}");
            var hours = (int)Math.Ceiling(tokenOptions.Value.TokenLifespan.TotalHours);
            var body = string.Join("\n\n", t["ResetMail_Greeting"], t["ResetMail_Intro", hours], link.AbsoluteUri, t["ResetMail_NotYou"], t["ResetMail_Signature"]);
            await mailer.SendAsync(user.Email, t["ResetMail_Subject"], body + "\n", cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditEventType.PasswordResetRequested, TargetType: "account", TargetId: user.Id.ToString(),
                Details: new { channel = SignInAudit.Web }), cancellationToken);
        }

        private Uri BaseUri(Uri requestBaseUri)
        {
            var configured = configuration["Auth:PublicBaseUrl"];
            var baseUri = string.IsNullOrWhiteSpace(configured) ? requestBaseUri : new Uri(configured, UriKind.Absolute);
            return baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        }
    }
}
