using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Privacy;
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
/// the kind, name and commune of a current one closes it the day before its own start. Names are
/// anonymous texts (PRIV-1): one refused name refuses the whole file (422), unless every refused name
/// holds person findings only and the collection carries <c>privacyOverride: { reason }</c>.
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
        AnonymousTextGuard privacyGuard,
        TimeProvider clock,
        IStringLocalizer<TerritoryText> t)
    {
        /// <summary>Imports the collection in <paramref name="body"/>; <paramref name="privacyOverride"/> (the interface's) wins over the body's own.</summary>
        public async Task<Results<Ok<ImportOutcome>, ValidationProblem, ProblemHttpResult>> HandleAsync(
            Guid partnershipId, Guid actorId, Stream body, PrivacyOverride? privacyOverride = null, CancellationToken ct = default)
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
            var privacy = privacyGuard.Begin(privacyOverride ?? read.PrivacyOverride);
            foreach (var feature in read.Features)
            {
                privacy.Check(feature.Field("properties.name"), feature.Name);
            }
            if (!privacy.IsAccepted)
            {
                return privacy.Problem();
            }

            var created = plan.Select(p => p.Created).ToList();
            foreach (var step in plan.Where(p => p.Closes is not null))
            {
                step.Closes!.ValidUntil = step.Created.ValidFrom.AddDays(-1);
            }
            db.AddRange(created);
            await AreaRevisions.TouchAsync(db, partnershipId, ct);
            var closed = plan.Count(p => p.Closes is not null);
            // With no errors, the plan has one step per feature, in the file's order.
            var areaOfField = read.Features.Zip(created).ToDictionary(p => p.First.Field("properties.name"), p => p.Second.Id.ToString());
            await audit.SaveWithAuditAsync(ct, [
                new AuditEntry(AuditEventType.AreasImported, partnershipId, actorId, "territory_areas", partnershipId.ToString(), new
                {
                    created = created.Count,
                    closed,
                    communes = created.Select(c => c.CommuneInsee).Distinct().Order().ToArray(),
                    kinds = created.GroupBy(c => c.Kind.ToString()).ToDictionary(g => g.Key, g => g.Count()),
                }),
                .. privacy.AuditEntries(partnershipId, actorId, "territory_area", field => areaOfField[field])]);
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
