using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Territory.Features;

/// <summary><c>GET /api/v1/geography/communes?q=&amp;limit=</c>: communes by name, INSEE code or postal code (TER-2).</summary>
public static class SearchCommunes
{
    public const int MinQueryLength = 2;
    public const int MaxQueryLength = 100;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;

    public sealed record Request(string? Q, string? Limit);

    public static Validation Validate(Request request, IStringLocalizer<TerritoryText> t, out int limit)
    {
        limit = DefaultLimit;
        var query = request.Q?.Trim() ?? "";
        var validation = new Validation()
            .Check(query.Length > 0, "q", t["Search_QueryRequired"]);
        if (query.Length > 0)
        {
            validation.Check(query.Length is >= MinQueryLength and <= MaxQueryLength, "q", t["Search_QueryLength", MinQueryLength, MaxQueryLength]);
        }
        if (!string.IsNullOrWhiteSpace(request.Limit))
        {
            var ok = int.TryParse(request.Limit, out limit) && limit is >= 1 and <= MaxLimit;
            validation.Check(ok, "limit", t["Search_Limit", MaxLimit]);
        }
        return validation;
    }

    public sealed class Handler(IGeography geography, IStringLocalizer<TerritoryText> t)
    {
        public Results<Ok<IReadOnlyList<CommuneDto>>, ValidationProblem> Handle(Request request)
        {
            var validation = Validate(request, t, out var limit);
            if (!validation.IsValid)
            {
                return TypedResults.ValidationProblem(validation.Errors);
            }
            IReadOnlyList<CommuneDto> communes = geography.SearchCommunes(request.Q!.Trim(), limit)
                .Select(c => CommuneDto.From(c, geography))
                .ToList();
            return TypedResults.Ok(communes);
        }
    }
}
