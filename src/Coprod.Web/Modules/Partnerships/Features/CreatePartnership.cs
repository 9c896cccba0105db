using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Partnerships.Features;

/// <summary>
/// The operator opens a tenant: a CLSPD, CISPD or CDPD over communes named by INSEE code. The name
/// is an anonymous text (PRIV-1, <see cref="AnonymousTextGuard"/>).
/// </summary>
public static class CreatePartnership
{
    public sealed record Request(PartnershipKind? Kind, string? Name, IReadOnlyList<string>? Communes, string? EpciSiren, string? DepartementCode, DateOnly? CreatedOn,
        PrivacyOverride? PrivacyOverride = null);

    public static IDictionary<string, string[]> Validate(Request r, IGeography geography, IStringLocalizer<UiText> t) =>
        PartnershipRules.Check(new Validation(), r.Kind, r.Name, r.Communes, r.EpciSiren, r.DepartementCode, geography, t).Errors;

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, IGeography geography, GetPartnership.Handler read, AnonymousTextGuard privacyGuard,
        IStringLocalizer<UiText> t, TimeProvider clock)
    {
        public async Task<Results<Created<GetPartnership.Response>, ValidationProblem, ProblemHttpResult>> HandleAsync(Request r, Guid actorId, CancellationToken ct)
        {
            var errors = Validate(r, geography, t);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("name", r.Name);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var partnership = new Partnership
            {
                Id = Guid.NewGuid(),
                Kind = r.Kind!.Value,
                Name = r.Name!.Trim(),
                CreatedOn = r.CreatedOn ?? ParisTime.Today(clock),
                EpciSiren = string.IsNullOrWhiteSpace(r.EpciSiren) ? null : r.EpciSiren.Trim(),
                DepartementCode = string.IsNullOrWhiteSpace(r.DepartementCode) ? null : r.DepartementCode.Trim(),
                Communes = r.Communes!.Select(c => c.Trim()).Distinct().Select(c => new PartnershipCommune { InseeCode = c }).ToList(),
            };
            db.Add(partnership);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.PartnershipCreated, partnership.Id, actorId, "partnership", partnership.Id.ToString(),
                    new { kind = partnership.Kind.ToString(), communes = partnership.Communes.Select(c => c.InseeCode) }),
                .. privacy.AuditEntries(partnership.Id, actorId, "partnership", partnership.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnership.Id}", (await read.HandleAsync(partnership.Id, ct))!);
        }
    }
}
