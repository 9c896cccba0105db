using Coprod.Web.Modules.Territory.Data;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary><c>GET …/areas?at=yyyy-MM-dd</c>: the areas valid on a day (today by default), with their outlines (TER-3).</summary>
public static class ListAreas
{
    public sealed record Request(Guid PartnershipId, string? At);

    /// <summary>The areas valid on <see cref="At"/>.</summary>
    public sealed record AreasOnDay(DateOnly At, IReadOnlyList<AreaOutline> Areas);

    public sealed class Handler(CoprodDbContext db, AreaIndexCache cache, TimeProvider clock, IStringLocalizer<TerritoryText> t)
    {
        public async Task<Results<Ok<AreasOnDay>, ValidationProblem>> HandleAsync(Request request, CancellationToken ct = default)
        {
            if (!QueryValues.TryDate(request.At, QueryValues.Today(clock), out var at))
            {
                return TypedResults.ValidationProblem(Validation.Single("at", t["Query_Date"]));
            }
            var index = await cache.GetAsync(db, request.PartnershipId, ct);
            return TypedResults.Ok(new AreasOnDay(at, index.ValidOn(at).Select(AreaOutline.From).ToList()));
        }
    }
}
