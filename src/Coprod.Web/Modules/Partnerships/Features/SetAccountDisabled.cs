using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Coprod.Web.Platform.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>
/// The operator disables an account (someone left, a device was lost) or enables it again.
/// Disabling also renews the security stamp, which ends open sessions and refresh tokens.
/// </summary>
public static class SetAccountDisabled
{
    public sealed class Handler(UserManager<CoprodUser> users, AuditTrail audit, AccountSignals signals, IStringLocalizer<UiText> t)
    {
        public async Task<Results<NoContent, NotFound, ValidationProblem>> HandleAsync(Guid accountId, bool disabled, Guid actorId, CancellationToken ct)
        {
            var user = await users.FindByIdAsync(accountId.ToString());
            if (user is null)
            {
                return TypedResults.NotFound();
            }
            if (disabled && accountId == actorId)
            {
                return TypedResults.ValidationProblem(Validation.Single("accountId", t["Account_CannotDisableSelf"]));
            }
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
            if (disabled)
            {
                await users.UpdateSecurityStampAsync(user);
            }
            else
            {
                await users.ResetAccessFailedCountAsync(user);
            }
            await audit.RecordAsync(new AuditEntry(AuditEventType.AccountDisabled, ActorId: actorId, TargetType: "account", TargetId: user.Id.ToString(),
                Details: new { disabled }), ct);
            await signals.ChangedAsync(user.Id, ct);
            return TypedResults.NoContent();
        }
    }
}
