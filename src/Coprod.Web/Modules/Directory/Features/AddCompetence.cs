using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// DIR-3: the service handles a problem of the catalogue on one territory, or on all of its
/// territories when <c>territory</c> is absent. The same competence twice is refused.
/// </summary>
public static class AddCompetence
{
    public sealed record Request(string? Problem, TerritoryInput? Territory = null);

    public sealed class Handler(CoprodDbContext db, IGeography geography, TimeProvider clock, AuditTrail audit, ServiceEditRights rights, IStringLocalizer<DirectoryText> t)
    {
        public async Task<Results<Created<Added>, ValidationProblem, ProblemHttpResult>> HandleAsync(Guid partnershipId, Guid serviceId, Request r, Guid actorId, CancellationToken ct = default)
        {
            var (service, problem) = await rights.FindEditableAsync(partnershipId, serviceId, actorId, ct);
            if (service is null)
            {
                return problem!;
            }
            var places = await DirectoryPlaces.LoadAsync(db, geography, partnershipId, ParisTime.Today(clock), ct);
            var v = new Validation().Check(ProblemCatalogue.IsKnown(r.Problem), "problem", t["Problem_Unknown"]);
            var commune = ContactRules.Clean(r.Territory?.Commune);
            var areaId = r.Territory?.AreaId;
            places.CheckServiceTerritory(service, r.Territory, v, t);
            if (v.IsValid && await db.Set<Competence>().AnyAsync(c => c.ServiceId == serviceId && c.ProblemCode == r.Problem && c.CommuneInsee == commune && c.AreaId == areaId, ct))
            {
                v.Add("problem", t["Competence_Duplicate"]);
            }
            if (!v.IsValid)
            {
                return TypedResults.ValidationProblem(v.Errors);
            }
            var competence = new Competence { Id = Guid.NewGuid(), PartnershipId = partnershipId, ServiceId = service.Id, ProblemCode = r.Problem!, CommuneInsee = commune, AreaId = areaId };
            db.Add(competence);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.CompetenceAdded, partnershipId, actorId, "competence", competence.Id.ToString(),
                new { serviceId, problem = competence.ProblemCode, commune, areaId }));
            return TypedResults.Created($"/api/v1/partnerships/{partnershipId}/directory/services/{serviceId}/competences/{competence.Id}", new Added(competence.Id));
        }
    }
}
