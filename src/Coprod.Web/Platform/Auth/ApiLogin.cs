using Coprod.Web.Platform.Auth.Account;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Auth;

/// <summary><c>POST /api/v1/auth/login</c>: exchanges a password (and a TOTP or recovery code) for a bearer token.</summary>
public static class ApiLogin
{
    public sealed record Request(string? Email, string? Password, string? TwoFactorCode, string? TwoFactorRecoveryCode);

    public static IDictionary<string, string[]> Validate(Request r, IStringLocalizer<UiText> t) => new Validation()
        .Check(!string.IsNullOrWhiteSpace(r.Email), "email", t["Validation_Required"])
        .Check(!string.IsNullOrEmpty(r.Password), "password", t["Validation_Required"])
        .Errors;

    public sealed class Handler(SignInManager<CoprodUser> signIn, SignInAccountLookup accounts, SignInAudit audit, IStringLocalizer<UiText> t)
    {
        public async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> HandleAsync(Request request, CancellationToken ct)
        {
            var errors = Validate(request, t);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }
            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var user = await accounts.FindAsync(request.Email!, request.Password!);
            var factor = SignInFactor.Password;
            var result = user is null
                ? SignInResult.Failed
                : await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.RequiresTwoFactor)
            {
                if (!string.IsNullOrEmpty(request.TwoFactorCode))
                {
                    factor = SignInFactor.AuthenticatorCode;
                    result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorUri.NormalizeCode(request.TwoFactorCode), false, rememberClient: false);
                }
                else if (!string.IsNullOrEmpty(request.TwoFactorRecoveryCode))
                {
                    factor = SignInFactor.RecoveryCode;
                    result = await signIn.TwoFactorRecoveryCodeSignInAsync(request.TwoFactorRecoveryCode.Trim());
                }
            }
            await audit.RecordAsync(user, result, SignInAudit.Api, factor, ct);
            if (result.Succeeded)
            {
                // The sign-in manager has already written the token response.
                return TypedResults.Empty;
            }
            var detail = result.IsLockedOut ? t["SignIn_LockedOut"]
                : result.RequiresTwoFactor ? t["SignIn_TwoFactorRequired"]
                : t["SignIn_Failed"];
            return TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized);
        }
    }
}
