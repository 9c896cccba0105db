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
/// <c>POST …/areas/{id}/retire</c>: closes a current area. The record stays, so what was located
/// in it keeps its zoning. <c>validUntil</c> is the last valid day (yesterday by default, or the day
/// before its start for an area not yet started, which cancels it); <c>version</c>, when given, must be the
/// area's current version (409 otherwise).
/// </summary>
public static class RetireArea
{
    /// <summary>The optional body: last valid day (<c>yyyy-MM-dd</c>) and expected version.</summary>
    public sealed record Retirement(string? ValidUntil = null, Guid? Version = null);

    public sealed class Handler(CoprodDbContext db, AuditTrail audit, TimeProvider clock, IStringLocalizer<TerritoryText> t)
    {
        public async Task<Results<Ok<AreaSummary>, ValidationProblem, ProblemHttpResult>> HandleAsync(
            Guid partnershipId, Guid areaId, Guid actorId, Retirement? request, CancellationToken ct = default)
        {
            request ??= new Retirement();
            var area = await db.Set<Area>().FirstOrDefaultAsync(a => a.Id == areaId && a.PartnershipId == partnershipId, ct);
            if (area is null)
            {
                return TypedResults.Problem(detail: t["Area_NotFound"], statusCode: StatusCodes.Status404NotFound);
            }
            if (area.ValidUntil is not null)
            {
                return TypedResults.Problem(detail: t["Area_AlreadyRetired", area.ValidUntil.Value.ToString("yyyy-MM-dd")], statusCode: StatusCodes.Status409Conflict);
            }
            var earliest = area.ValidFrom.AddDays(-1);
            var yesterday = QueryValues.Today(clock).AddDays(-1);
            if (!QueryValues.TryDate(request.ValidUntil, yesterday > earliest ? yesterday : earliest, out var until) || until < earliest)
            {
                return TypedResults.ValidationProblem(Validation.Single("validUntil",
                    t["Retire_ValidUntil", earliest.ToString("yyyy-MM-dd")]));
            }
            if (request.Version is { } expected)
            {
                db.Entry(area).Property(a => a.Version).OriginalValue = expected;
            }
            area.ValidUntil = until;
            await AreaRevisions.TouchAsync(db, partnershipId, ct);
            await audit.SaveWithAuditAsync(ct, new AuditEntry(AuditEventType.AreaRetired, partnershipId, actorId, "territory_area", area.Id.ToString(), new
            {
                kind = area.Kind.ToString(),
                commune = area.CommuneInsee,
                validUntil = until.ToString("yyyy-MM-dd"),
            }));
            return TypedResults.Ok(AreaSummary.From(area));
        }
    }
}
