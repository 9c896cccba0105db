using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// The coordinator adds a member institution, typed from the catalogue (DIR-1). The name is an
/// anonymous text (PRIV-1): personal data in it is refused unless overridden (<see cref="AnonymousTextGuard"/>).
/// </summary>
public static class CreateInstitution
{
    public sealed record Request(string? Name, InstitutionType? Type, PrivacyOverride? PrivacyOverride = null);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, AnonymousTextGuard privacyGuard, IStringLocalizer<UiText> t)
    {
        public async Task<Results<Created<ListInstitutions.Item>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, Guid actorId, CancellationToken ct)
        {
            var name = r.Name?.Trim() ?? "";
            var v = new Validation()
                .Check(name.Length > 0, "name", t["Validation_Required"])
                .Check(name.Length <= 200, "name", t["Validation_TooLong", 200])
                .Check(r.Type is not null && Enum.IsDefined(r.Type.Value), "type", t["Institution_TypeInvalid"]);
            if (v.IsValid && await db.Set<Institution>().AnyAsync(i => i.PartnershipId == partnershipId && i.Name == name, ct))
            {
                v.Add("name", t["Institution_Duplicate"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = privacyGuard.Begin(r.PrivacyOverride).Check("name", r.Name);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var institution = new Institution { Id = Guid.NewGuid(), PartnershipId = partnershipId, Name = name, Type = r.Type!.Value };
            db.Add(institution);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.InstitutionCreated, partnershipId, actorId, "institution", institution.Id.ToString(), new { type = institution.Type.ToString() }),
                .. privacy.AuditEntries(partnershipId, actorId, "institution", institution.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/institutions/{institution.Id}",
                new ListInstitutions.Item(institution.Id, institution.Name, institution.Type, institution.Version));
        }
    }
}
