using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.IntegrationTests.Modules.Territory;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Events;

/// <summary>
/// A partnership over Échirolles (38151) and Grenoble (38185) with a quartier of Échirolles around
/// (<see cref="TerritoryTestData.Lon"/>, <see cref="TerritoryTestData.Lat"/>), three institutions,
/// a coordinator (of the commune), a municipal police partner and a mediator (field agent).
/// </summary>
public sealed class EventsWorld
{
    public const string Echirolles = "38151";
    public const string Grenoble = "38185";

    public required AppFactory App { get; init; }
    public required Partnership Partnership { get; init; }
    public required HttpClient Coordinator { get; init; }
    public required HttpClient Police { get; init; }
    public required HttpClient Mediator { get; init; }
    public required Institution Commune { get; init; }
    public required Institution PoliceMunicipale { get; init; }
    public required Institution Mediation { get; init; }
    public required Guid QuartierId { get; init; }

    public string Base => $"/api/v1/partnerships/{Partnership.Id}/events";

    public static async Task<EventsWorld> CreateAsync(AppFactory app)
    {
        var partnership = await app.CreatePartnershipAsync(PartnershipKind.Clspd, Echirolles, Grenoble);
        var commune = await app.CreateInstitutionAsync(partnership, InstitutionType.Commune, "Ville d'Échirolles");
        var police = await app.CreateInstitutionAsync(partnership, InstitutionType.PoliceMunicipale, "Police municipale");
        var mediation = await app.CreateInstitutionAsync(partnership, InstitutionType.Association, "Médiation de nuit");
        var coordinator = await MemberAsync(app, partnership, PartnershipRole.Coordinateur, commune.Id);
        var areas = await coordinator.ImportOkAsync(partnership.Id, TerritoryTestData.Area("Quartier test", validFrom: "2024-01-01"));
        return new EventsWorld
        {
            App = app,
            Partnership = partnership,
            Coordinator = coordinator,
            Police = await MemberAsync(app, partnership, PartnershipRole.Partenaire, police.Id),
            Mediator = await MemberAsync(app, partnership, PartnershipRole.Agent, mediation.Id),
            Commune = commune,
            PoliceMunicipale = police,
            Mediation = mediation,
            QuartierId = areas[0],
        };
    }

    public static async Task<HttpClient> MemberAsync(AppFactory app, Partnership partnership, PartnershipRole role, Guid? institutionId)
    {
        var user = await app.CreateUserAsync();
        await app.GrantAsync(user, partnership, role, institutionId);
        return app.ClientFor(user.Id);
    }

    /// <summary>A valid report at the quartier's centre, an hour ago.</summary>
    public static Dictionary<string, object?> Report(string category = "rodeo", string severity = "Grave", string description = "Trois motos tournent autour du parking.") =>
        new()
        {
            ["category"] = category,
            ["occurredAt"] = DateTimeOffset.UtcNow.AddHours(-1),
            ["severity"] = severity,
            ["description"] = description,
            ["latitude"] = TerritoryTestData.Lat,
            ["longitude"] = TerritoryTestData.Lon,
        };

    public static Dictionary<string, object?> With(Dictionary<string, object?> report, string key, object? value)
    {
        var copy = new Dictionary<string, object?>(report) { [key] = value };
        if (value is null)
        {
            copy.Remove(key);
        }
        return copy;
    }

    public Task<HttpResponseMessage> PostAsync(HttpClient client, object report, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Base) { Content = JsonContent.Create(report) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        return client.SendAsync(request, Ct);
    }

    public async Task<JsonElement> ReportOkAsync(HttpClient client, object? report = null) =>
        await OkAsync<JsonElement>(await PostAsync(client, report ?? Report()), HttpStatusCode.Created);

    public Task<int> CountAsync() => App.WithDbAsync(db => Task.FromResult(
        db.Set<Coprod.Web.Modules.Events.Domain.SafetyEvent>().Count(e => e.PartnershipId == Partnership.Id)));
}
