using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// DIR-5, "who do I call now?": at an instant (now by default) on a commune or an area, the
/// on-call entries in force and the services present by their weekly slots; or, plainly, nobody.
/// </summary>
public static class WhoIsOnCall
{
    public sealed record Request(Guid PartnershipId, string? Commune, string? AreaId, string? At);

    public sealed record Answer(TerritoryDto Place, DateTimeOffset At, IReadOnlyList<OnCallEntry> OnCall, IReadOnlyList<ServiceContact> Present, bool Nobody, string? Message);

    public sealed class Handler(CoprodDbContext db, IGeography geography, TimeProvider clock, IStringLocalizer<DirectoryText> t)
    {
        public async Task<Results<Ok<Answer>, ValidationProblem, ProblemHttpResult>> HandleAsync(Request r, CancellationToken ct = default)
        {
            var v = new Validation();
            var at = clock.GetUtcNow();
            if (!string.IsNullOrWhiteSpace(r.At))
            {
                v.Check(WeekTimes.TryInstant(r.At, out at), "at", t["OnCall_Instant"]);
            }
            var (query, invalid, notFound) = await DirectoryQuery.LoadAsync(db, geography, clock, r.PartnershipId, r.Commune, r.AreaId, v, t, ct);
            if (invalid is not null)
            {
                return invalid;
            }
            if (query is null)
            {
                return notFound!;
            }
            var onCall = await query.OnCallAtAsync(db, at, null, ct);
            var present = query.Services.Where(s => query.IsPresent(s.Id, at)).Select(s => query.Contacts[s.Id])
                .OrderBy(c => c.InstitutionType).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
            var nobody = onCall.Count == 0 && present.Count == 0;
            var local = ParisTime.ToParis(at);
            return TypedResults.Ok(new Answer(query.Place.ToDto(), at, onCall, present, nobody,
                nobody ? t["OnCall_Nobody", query.Place.Name, local.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)].Value : null));
        }
    }
}
