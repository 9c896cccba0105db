using System.Globalization;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Territory.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Data;
using Coprod.Web.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Coprod.Web.Modules.Directory.Features;

/// <summary>
/// DIR-3 and DIR-4, "who handles X in quartier Y?": the services competent for a problem on a
/// place, with their contacts and presence hours there; with <c>at</c>, who is present then.
/// When nobody is competent, or nobody competent is present at <c>at</c>, <c>gap</c> is true
/// and <c>message</c> says so plainly: a gap for the coordinator to raise.
/// </summary>
public static class WhoHandles
{
    public sealed record Request(Guid PartnershipId, string? Problem, string? Commune, string? AreaId, string? At);

    public sealed record CompetentService(ServiceContact Service, string? Description, IReadOnlyList<ListServices.SlotDto> Presence, bool? PresentAt);

    public sealed record Answer(
        string Problem, string ProblemLabel, TerritoryDto Place, DateTimeOffset? At,
        IReadOnlyList<CompetentService> Services, IReadOnlyList<OnCallEntry> OnCall, bool Gap, string? Message);

    public sealed class Handler(CoprodDbContext db, IGeography geography, TimeProvider clock, IStringLocalizer<DirectoryText> t)
    {
        public async Task<Results<Ok<Answer>, ValidationProblem, ProblemHttpResult>> HandleAsync(Request r, CancellationToken ct = default)
        {
            var v = new Validation().Check(ProblemCatalogue.IsKnown(r.Problem), "problem", t["Problem_Unknown"]);
            DateTimeOffset? at = null;
            if (!string.IsNullOrWhiteSpace(r.At))
            {
                v.Check(WeekTimes.TryInstant(r.At, out var instant), "at", t["OnCall_Instant"]);
                at = instant;
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
            var problemLabel = t[ProblemCatalogue.LabelKey(r.Problem!)];
            var byId = query.Services.ToDictionary(s => s.Id);
            var competent = await query.CompetentForAsync(db, r.Problem!, ct);
            var all = t["Territory_AllOfService"];
            var services = competent
                .Select(id => new CompetentService(query.Contacts[id], byId[id].Description,
                    query.Slots[id].Select(s => ListServices.SlotDto.Of(s, query.Places, all)).ToList(),
                    at is { } when ? query.IsPresent(id, when) : null))
                .OrderByDescending(s => s.PresentAt == true).ThenBy(s => s.Service.InstitutionType).ThenBy(s => s.Service.Name, StringComparer.Ordinal)
                .ToList();
            var onCall = at is { } moment && services.Count > 0 ? await query.OnCallAtAsync(db, moment, competent, ct) : [];
            string? message = null;
            if (services.Count == 0)
            {
                message = t["WhoHandles_NobodyCompetent", problemLabel, query.Place.Name].Value;
            }
            else if (at is { } when && services.All(s => s.PresentAt != true))
            {
                message = t["WhoHandles_NobodyPresent", problemLabel, query.Place.Name, Describe(when)].Value;
            }
            return TypedResults.Ok(new Answer(r.Problem!, problemLabel, query.Place.ToDto(), at, services, onCall, message is not null, message));
        }

        private string Describe(DateTimeOffset at)
        {
            var local = ParisTime.ToParis(at);
            return $"{t[$"Day_{local.DayOfWeek}"].Value.ToLower(CultureInfo.CurrentCulture)} {local:dd/MM/yyyy HH:mm}";
        }
    }
}
