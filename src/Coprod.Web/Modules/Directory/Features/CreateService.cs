using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// Adds a service to an institution (DIR-1): the coordinator for any institution, a partner for
/// their own. Name and description are anonymous texts (PRIV-1, <see cref="AnonymousTextGuard"/>).
/// </summary>
public static class CreateService
{
    public sealed record Request(
        Guid? InstitutionId, string? Name, string? Description, string? Phone, string? Email, string? Address,
        IReadOnlyList<TerritoryInput>? Territories, PrivacyOverride? PrivacyOverride = null)
    {
        public ServiceFields Fields => new(Name, Description, Phone, Email, Address, Territories);
    }

    public sealed class Handler(
        CoprodDbContext db, IGeography geography, TimeProvider clock, AuditTrail audit, AnonymousTextGuard guard, ServiceEditRights rights,
        IStringLocalizer<DirectoryText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Created<Saved>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Request r, Guid actorId, CancellationToken ct = default)
        {
            var institution = r.InstitutionId is { } iid ? await db.Set<Institution>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == iid && i.PartnershipId == partnershipId, ct) : null;
            if (institution is not null && !await rights.CanEditAsync(partnershipId, actorId, institution.Id, ct))
            {
                return DirectoryProblems.NotYourInstitution(t);
            }
            var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
            var v = r.Fields.Validate(places, t, ui).Check(institution is not null, "institutionId", t["Service_InstitutionUnknown"]);
            var name = r.Name?.Trim() ?? "";
            if (v.IsValid && await db.Set<DirectoryService>().AnyAsync(s => s.PartnershipId == partnershipId && s.InstitutionId == institution!.Id && s.Name == name, ct))
            {
                v.Add("name", t["Service_Duplicate"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var privacy = r.Fields.CheckPrivacy(guard, r.PrivacyOverride);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            var service = new DirectoryService { Id = Guid.NewGuid(), PartnershipId = partnershipId, InstitutionId = institution!.Id };
            r.Fields.ApplyTo(service);
            db.Add(service);
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.DirectoryServiceCreated, partnershipId, actorId, "service", service.Id.ToString(), new { institutionId = institution.Id }),
                .. privacy.AuditEntries(partnershipId, actorId, "service", service.Id.ToString())]);
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/directory/services/{service.Id}", new Saved(service.Id, service.Version));
        }
    }
}
