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

    public sealed record Response(DateOnly At, IReadOnlyList<AreaOutline> Areas);

    public sealed class Handler(CoprodDbContext db, AreaIndexCache cache, TimeProvider clock, IStringLocalizer<TerritoryText> t)
    {
        public async Task<Results<Ok<Response>, ValidationProblem>> HandleAsync(Request request, CancellationToken ct = default)
        {
            if (!QueryValues.TryDate(request.At, QueryValues.Today(clock), out var at))
            {
                return TypedResults.ValidationProblem(Validation.Single("at", t["Query_Date"]));
            }
            var index = await cache.GetAsync(db, request.PartnershipId, ct);
            return TypedResults.Ok(new Response(at, index.ValidOn(at).Select(AreaOutline.From).ToList()));
        }
    }
}
