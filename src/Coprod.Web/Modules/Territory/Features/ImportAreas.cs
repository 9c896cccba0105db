using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary>
/// <c>POST …/areas/import</c>: a GeoJSON FeatureCollection of areas (properties <c>name</c>,
/// <c>kind</c>, <c>commune</c>, <c>code</c>?, <c>validFrom</c>?), all or nothing (TER-3). An area with
/// the kind, name and commune of a current one closes it the day before its own start.
/// </summary>
public static class ImportAreas
{
    /// <summary>How many areas were created and how many current versions they closed.</summary>
    public sealed record ImportOutcome(int Created, int Closed, IReadOnlyList<AreaSummary> Areas);

    public sealed class Handler(
        CoprodDbContext db,
        AreaFeatureReader reader,
        IGeography geography,
        AuditTrail audit,
        TimeProvider clock,
        IStringLocalizer<TerritoryText> t)
    {
        public async Task<Results<Ok<ImportOutcome>, ValidationProblem>> HandleAsync(Guid partnershipId, Guid actorId, Stream body, CancellationToken ct = default)
        {
            var read = await reader.ReadAsync(body, ct);
            if (!read.Errors.IsValid)
            {
                return TypedResults.ValidationProblem(read.Errors.Errors);
            }
            var communes = await db.Set<PartnershipCommune>().AsNoTracking()
                .Where(c => c.PartnershipId == partnershipId)
                .Select(c => c.InseeCode)
                .ToListAsync(ct);
            var existing = await db.Set<Area>().Where(a => a.PartnershipId == partnershipId).ToListAsync(ct);
            var errors = new Validation();
            CheckCommunes(read.Features, communes.ToHashSet(), errors);
            var plan = AreaVersioning.Plan(partnershipId, read.Features, existing, QueryValues.Today(clock), errors, t);
            if (!errors.IsValid)
            {
                return TypedResults.ValidationProblem(errors.Errors);
            }

            var created = plan.Select(p => p.Created).ToList();
            foreach (var step in plan.Where(p => p.Closes is not null))
            {
                step.Closes!.ValidUntil = step.Created.ValidFrom.AddDays(-1);
            }
            db.AddRange(created);
            await AreaRevisions.TouchAsync(db, partnershipId, ct);
            var closed = plan.Count(p => p.Closes is not null);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.AreasImported, partnershipId, actorId, "territory_areas", partnershipId.ToString(), new
            {
                created = created.Count,
                closed,
                communes = created.Select(c => c.CommuneInsee).Distinct().Order().ToArray(),
                kinds = created.GroupBy(c => c.Kind.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            }));
            return TypedResults.Ok(new ImportOutcome(created.Count, closed, created.Select(AreaSummary.From).ToList()));
        }

        private void CheckCommunes(IReadOnlyList<AreaFeature> features, HashSet<string> partnershipCommunes, Validation errors)
        {
            foreach (var feature in features)
            {
                var field = feature.Field("properties.commune");
                if (geography.FindCommune(feature.CommuneInsee) is null)
                {
                    errors.Add(field, t["Import_CommuneUnknown", feature.CommuneInsee, geography.CogYear]);
                }
                else if (!partnershipCommunes.Contains(feature.CommuneInsee))
                {
                    errors.Add(field, t["Import_CommuneOutside", feature.CommuneInsee]);
                }
            }
        }
    }
}
