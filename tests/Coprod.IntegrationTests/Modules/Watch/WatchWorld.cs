using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Territory;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Events.Domain;
using Coprod.Web.Modules.Events.Features;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Modules.Watch.Domain;
using Coprod.Web.Modules.Watch.Features;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Watch;

/// <summary>
/// A partnership over Échirolles (38151) and Grenoble (38185) with two quartiers of Échirolles, a
/// watch-cell body whose member is the social landlord, and one signed-in member per kind of caller:
/// the coordinator, the president, the State, the prosecutor, the landlord's partner (in the watch
/// cell), the municipal police's partner (not in it) and the landlord's field agent.
/// </summary>
public sealed class WatchWorld
{
    public const string Echirolles = "38151";
    public const string Grenoble = "38185";

    /// <summary>Wednesday of ISO week 2026-W11, noon in Paris: the "now" of the evaluations.</summary>
    public static readonly DateTimeOffset AsOf = At(new DateOnly(2026, 3, 11), 12);

    public required AppFactory App { get; init; }
    public required Partnership Partnership { get; init; }
    public required CoprodUser CoordinatorUser { get; init; }
    public required HttpClient Coordinator { get; init; }
    public required HttpClient President { get; init; }
    public required HttpClient Etat { get; init; }
    public required HttpClient Parquet { get; init; }
    public required CoprodUser CellPartnerUser { get; init; }
    public required HttpClient CellPartner { get; init; }
    public required CoprodUser PartnerUser { get; init; }
    public required HttpClient Partner { get; init; }
    public required CoprodUser AgentUser { get; init; }
    public required HttpClient Agent { get; init; }
    public required Institution Commune { get; init; }
    public required Institution Landlord { get; init; }
    public required Institution Police { get; init; }
    public required Guid QuartierA { get; init; }
    public required Guid QuartierB { get; init; }
    public Guid? CellBodyId { get; private set; }

    public string Base => $"/api/v1/partnerships/{Partnership.Id}";

    public static async Task<WatchWorld> CreateAsync(AppFactory app, bool withCell = true)
    {
        var partnership = await app.CreatePartnershipAsync(PartnershipKind.Clspd, Echirolles, Grenoble);
        var commune = await app.CreateInstitutionAsync(partnership, InstitutionType.Commune, "Ville d'Échirolles");
        var landlord = await app.CreateInstitutionAsync(partnership, InstitutionType.BailleurSocial, "Bailleur social");
        var police = await app.CreateInstitutionAsync(partnership, InstitutionType.PoliceMunicipale, "Police municipale");
        async Task<(CoprodUser, HttpClient)> Member(PartnershipRole role, Guid? institutionId)
        {
            var user = await app.CreateUserAsync();
            await app.GrantAsync(user, partnership, role, institutionId);
            return (user, app.ClientFor(user.Id));
        }
        var (coordinatorUser, coordinator) = await Member(PartnershipRole.Coordinateur, commune.Id);
        var areas = await coordinator.ImportOkAsync(partnership.Id,
            TerritoryTestData.Area("Quartier A", validFrom: "2020-01-01"),
            TerritoryTestData.Area("Quartier B", lon: TerritoryTestData.Lon + 0.02, validFrom: "2020-01-01"));
        var (cellUser, cell) = await Member(PartnershipRole.Partenaire, landlord.Id);
        var (partnerUser, partner) = await Member(PartnershipRole.Partenaire, police.Id);
        var (agentUser, agent) = await Member(PartnershipRole.Agent, landlord.Id);
        var world = new WatchWorld
        {
            App = app,
            Partnership = partnership,
            CoordinatorUser = coordinatorUser,
            Coordinator = coordinator,
            President = (await Member(PartnershipRole.President, null)).Item2,
            Etat = (await Member(PartnershipRole.Etat, null)).Item2,
            Parquet = (await Member(PartnershipRole.Parquet, null)).Item2,
            CellPartnerUser = cellUser,
            CellPartner = cell,
            PartnerUser = partnerUser,
            Partner = partner,
            AgentUser = agentUser,
            Agent = agent,
            Commune = commune,
            Landlord = landlord,
            Police = police,
            QuartierA = areas[0],
            QuartierB = areas[1],
        };
        if (withCell)
        {
            await world.CreateCellAsync();
        }
        return world;
    }

    /// <summary>The watch cell: a governance body of kind CelluleDeVeille whose member is the landlord.</summary>
    public async Task CreateCellAsync()
    {
        var response = await Coordinator.PostAsJsonAsync($"{Base}/governance/bodies", new
        {
            kind = "CelluleDeVeille",
            name = "Cellule de veille",
            purpose = "Repérer les tensions et préparer la mobilisation des partenaires.",
            members = new[] { new { institutionId = Landlord.Id, byRight = false } },
        }, Ct);
        CellBodyId = (await OkAsync<JsonElement>(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary><paramref name="hour"/>:00 on <paramref name="day"/>, Paris time.</summary>
    public static DateTimeOffset At(DateOnly day, int hour = 12) => ParisTime.FromLocal(day.ToDateTime(new TimeOnly(hour, 0)));

    /// <summary>The Wednesday of an ISO week, at noon in Paris.</summary>
    public static DateTimeOffset InWeek(int year, int week) => At(new IsoWeek(year, week).Monday.AddDays(2));

    /// <summary>Saves <paramref name="count"/> events of a category at an instant, in an area (or the commune only).</summary>
    public async Task AddEventsAsync(string category, DateTimeOffset at, int count = 1, Guid? areaId = null, string commune = Echirolles)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var categories = await scope.ServiceProvider.GetRequiredService<EventCategories>().LoadAsync(Partnership.Id, Ct);
        var categoryId = categories.Single(c => c.Code == category).Id;
        await App.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                db.Add(new SafetyEvent
                {
                    Id = Guid.NewGuid(),
                    PartnershipId = Partnership.Id,
                    CategoryId = categoryId,
                    Severity = EventSeverity.Moyenne,
                    OccurredAt = at.ToUniversalTime().AddMinutes(i),
                    ReportedAt = at.ToUniversalTime().AddMinutes(i),
                    CommuneInsee = commune,
                    AreaId = areaId,
                    Description = "Fait de test.",
                    ReportingInstitutionId = Police.Id,
                    Source = EventSource.User,
                });
            }
            await db.SaveChangesAsync(Ct);
        });
    }

    /// <summary>A rule as the API takes it.</summary>
    public static Dictionary<string, object?> Rule(string kind = "Spike", string? category = "rodeo", string scope = "Area", Guid? areaId = null,
        string? commune = null, int? threshold = null, int? windowDays = null, string name = "Rodéos") => new()
        {
            ["name"] = name,
            ["kind"] = kind,
            ["category"] = category,
            ["scope"] = scope,
            ["commune"] = commune,
            ["areaId"] = areaId,
            ["threshold"] = threshold,
            ["windowDays"] = windowDays,
            ["isActive"] = true,
        };

    public async Task<JsonElement> RuleOkAsync(Dictionary<string, object?> rule) =>
        await OkAsync<JsonElement>(await Coordinator.PostAsJsonAsync($"{Base}/alert-rules", rule, Ct), HttpStatusCode.Created);

    public async Task<EvaluateAlerts.Result> EvaluateAsync(DateTimeOffset? asOf = null, bool notify = true)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EvaluateAlerts.Handler>().HandleAsync(Partnership.Id, asOf ?? AsOf, Ct, notify);
    }

    public Task<List<WatchAlert>> AlertsAsync() =>
        App.WithDbAsync(db => db.Set<WatchAlert>().AsNoTracking().Where(a => a.PartnershipId == Partnership.Id).OrderBy(a => a.PeriodStart).ToListAsync(Ct));

    /// <summary>A spike alert of quartier A this week: one rodeo in each baseline week of last year, eight this week.</summary>
    public async Task<Guid> RaiseSpikeAsync()
    {
        await RuleOkAsync(Rule(areaId: QuartierA));
        foreach (var week in new[] { 10, 11, 12 })
        {
            await AddEventsAsync("rodeo", InWeek(2025, week), 1, QuartierA);
        }
        await AddEventsAsync("rodeo", AsOf.AddHours(-2), 8, QuartierA);
        var result = await EvaluateAsync(notify: false);
        return Assert.Single(result.Raised);
    }

    public string Alert(Guid alertId, string action = "") => $"{Base}/alerts/{alertId}{action}";

    /// <summary>Opens the procedure of an alert as the coordinator.</summary>
    public async Task<JsonElement> OpenAsync(Guid alertId) =>
        await OkAsync<JsonElement>(await Coordinator.PostAsJsonAsync(Alert(alertId, "/procedure"), new { }, Ct));
}
