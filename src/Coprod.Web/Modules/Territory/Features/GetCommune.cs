using Coprod.Web.Modules.Territory.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary><c>GET /api/v1/geography/communes/{insee}</c>: one commune of the current COG.</summary>
public static class GetCommune
{
    public sealed class Handler(IGeography geography, IStringLocalizer<TerritoryText> t)
    {
        public Results<Ok<CommuneDto>, ProblemHttpResult> Handle(string insee)
        {
            var commune = geography.FindCommune(insee);
            return commune is null
                ? TypedResults.Problem(detail: t["Commune_NotFound", insee, geography.CogYear], statusCode: StatusCodes.Status404NotFound)
                : TypedResults.Ok(CommuneDto.From(commune, geography));
        }
    }
}
