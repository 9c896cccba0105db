using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Auth;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>The operator creates an account; the person receives a link to choose a password.</summary>
public static class CreateAccount
{
    public sealed record Request(string? Email, string? DisplayName, PlatformRole? PlatformRole, string? DepartementCode);

    public sealed class Handler(UserManager<CoprodUser> users, InviteAccount invite, AuditTrail audit, IGeography geography, IStringLocalizer<UiText> t)
    {
        public async Task<Results<Created<ListAccounts.Item>, ValidationProblem>> HandleAsync(Request r, Guid actorId, CancellationToken ct)
        {
            var role = r.PlatformRole ?? PlatformRole.None;
            var v = new Validation()
                .Check(AccountRules.IsEmail(r.Email), "email", t["Identity_InvalidEmail"])
                .Check(!string.IsNullOrWhiteSpace(r.DisplayName), "displayName", t["Validation_Required"])
                .Check(r.DisplayName is null || r.DisplayName.Length <= 200, "displayName", t["Validation_TooLong", 200])
                .Check(Enum.IsDefined(role), "platformRole", t["Account_PlatformRoleInvalid"])
                .Check(role != PlatformRole.Departement || geography.FindDepartement(r.DepartementCode?.Trim() ?? "") is not null, "departementCode", t["Account_DepartementRequired"]);
            if (v.IsValid && await users.FindByEmailAsync(r.Email!.Trim()) is not null)
            {
                v.Add("email", t["Identity_DuplicateEmail"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var entries = new List<AuditEntry>();
            var outcome = await invite.FindOrCreateAsync(r.Email!.Trim(), r.DisplayName, role, role == PlatformRole.Departement ? r.DepartementCode!.Trim() : null, actorId, entries, ct);
            if (outcome.User is not { } user)
            {
                return TypedResults.ValidationProblem(Validation.Single("email", string.Join(" ", outcome.Errors.Select(e => e.Description))));
            }
            await audit.SaveWithAuditAsync(ct, [.. entries]);
            return TypedResults.Created($"/api/v1/admin/accounts/{user.Id}",
                new ListAccounts.Item(user.Id, user.Email!, user.DisplayName, user.PlatformRole, user.DepartementCode, false, false, 0));
        }
    }
}
