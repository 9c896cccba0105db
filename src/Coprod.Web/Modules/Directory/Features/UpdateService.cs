using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Privacy;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Localization;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// Changes a service's name, description, contacts and territories. <c>version</c> is the token
/// read with the service: a stale one is refused (409) so two editors never overwrite each other.
/// </summary>
public static class UpdateService
{
    public sealed record Request(
        string? Name, string? Description, string? Phone, string? Email, string? Address,
        IReadOnlyList<TerritoryInput>? Territories, Guid? Version, PrivacyOverride? PrivacyOverride = null)
    {
        public ServiceFields Fields => new(Name, Description, Phone, Email, Address, Territories);
    }

    public sealed class Handler(
        CoprodDbContext db, IGeography geography, TimeProvider clock, AuditTrail audit, AnonymousTextGuard guard, ServiceEditRights rights,
        IStringLocalizer<DirectoryText> t, IStringLocalizer<UiText> ui)
    {
        public async Task<Results<Ok<Saved>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid serviceId, Request r, Guid actorId, CancellationToken ct = default)
        {
            var (service, problem) = await rights.FindEditableAsync(partnershipId, serviceId, actorId, ct);
            if (service is null)
            {
                return problem!;
            }
            var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
            var v = r.Fields.Validate(places, t, ui).Check(r.Version is not null, "version", ui["Validation_Required"]);
            var name = r.Name?.Trim() ?? "";
            if (v.IsValid && await db.Set<DirectoryService>().AnyAsync(s => s.Id != serviceId && s.PartnershipId == partnershipId && s.InstitutionId == service.InstitutionId && s.Name == name, ct))
            {
                v.Add("name", t["Service_Duplicate"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            if (service.Version != r.Version)
            {
                return CommonProblems.Concurrency(ui);
            }
            var privacy = r.Fields.CheckPrivacy(guard, r.PrivacyOverride);
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }
            db.RemoveRange(service.Territories);
            r.Fields.ApplyTo(service);
            db.AddRange(service.Territories);
            db.Entry(service).Property(s => s.Version).OriginalValue = r.Version!.Value;
            db.Entry(service).State = EntityState.Modified;
            try
            {
                await audit.SaveWithAuditAsync(ct, [
                    new AuditEntry(AuditEventType.DirectoryServiceUpdated, partnershipId, actorId, "service", service.Id.ToString()),
                    .. privacy.AuditEntries(partnershipId, actorId, "service", service.Id.ToString())]);
            }
            catch (DbUpdateConcurrencyException)
            {
                return CommonProblems.Concurrency(ui);
            }
            return TypedResults.Ok(new Saved(service.Id, service.Version));
        }
    }
}
