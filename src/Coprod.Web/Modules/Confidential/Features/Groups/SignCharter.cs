using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Confidential.Features.Groups;

/// <summary>
/// A designated member signs the charter version in force (CONF-2): the version they read must be the one
/// in force (409), 2FA must be on (403: the member knows the group exists, so this tells nothing), a second
/// signature changes nothing. Others get 404.
/// </summary>
public static class SignCharter
{
    public sealed record Request(int? Version);

    public sealed class Handler(CoprodDbContext db, TimeProvider clock, ConfidentialAccess access, GroupManagers managers, AuditTrail audit, IStringLocalizer<GroupsText> t,
        IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<GroupCharterDto>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid groupId, Request r, Guid userId,
            CancellationToken ct)
        {
            if (await access.DesignationAsync(partnershipId, groupId, userId, ct) is not { Charter: not null } seat)
            {
                return managers.NotFound();
            }
            if (r.Version is null)
            {
                return TypedResults.ValidationProblem(Validation.Single("version", ui["Validation_Required"]));
            }
            if (!seat.TwoFactorEnabled)
            {
                return TypedResults.Problem(title: t["Sign_TwoFactorTitle"], detail: t["Sign_TwoFactor"], statusCode: StatusCodes.Status403Forbidden);
            }
            if (r.Version != seat.Charter!.Number)
            {
                return TypedResults.Problem(title: t["Sign_StaleTitle"], detail: t["Sign_Stale", seat.Charter.Number], statusCode: StatusCodes.Status409Conflict);
            }
            if (seat.Signature is not null)
            {
                return TypedResults.Ok(ReadCharter.Dto(seat));
            }
            var signature = new CharterSignature
            {
                Id = Guid.NewGuid(),
                GroupId = groupId,
                MemberId = seat.Member.Id,
                VersionNumber = seat.Charter.Number,
                SignedAt = clock.GetUtcNow(),
            };
            db.Add(signature);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.CharterSigned, partnershipId, userId, "ConfidentialGroup", groupId.ToString(),
                new { memberId = seat.Member.Id, version = seat.Charter.Number }));
            return TypedResults.Ok(ReadCharter.Dto(seat with { Signature = signature }));
        }
    }
}
