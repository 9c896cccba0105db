using Coprod.Web.Platform.Audit;

namespace Coprod.Web.Platform.Auth.Account;

/// <summary>Audit entries about one's own account: actor and target are the account, details hold no personal data.</summary>
internal static class AccountAudit
{
    public static AuditEntry Entry(AuditEventType type, CoprodUser user, object? details = null) =>
        new(type, ActorId: user.Id, TargetType: "account", TargetId: user.Id.ToString(), Details: details ?? new { channel = SignInAudit.Web });
}
