using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Governance;

/// <summary>A partnership with a coordinator, three institutions and their representatives, and helpers to call the governance API.</summary>
public sealed class GovernanceWorld
{
    public required AppFactory App { get; init; }
    public required Partnership Partnership { get; init; }
    public required CoprodUser CoordinatorUser { get; init; }
    public required HttpClient Coordinator { get; init; }
    public required IReadOnlyList<Institution> Institutions { get; init; }
    public required IReadOnlyList<CoprodUser> Representatives { get; init; }

    public string Base => $"/api/v1/partnerships/{Partnership.Id}/governance";

    public static async Task<GovernanceWorld> CreateAsync(AppFactory app, int institutions = 3)
    {
        var (partnership, coordinator, client) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var list = new List<Institution>();
        var people = new List<CoprodUser>();
        for (var i = 0; i < institutions; i++)
        {
            var institution = await app.CreateInstitutionAsync(partnership, InstitutionType.Association, $"Association {i} {Guid.NewGuid():N}"[..22]);
            var person = await app.CreateUserAsync();
            await app.GrantAsync(person, partnership, PartnershipRole.Partenaire, institution.Id);
            list.Add(institution);
            people.Add(person);
        }
        return new GovernanceWorld { App = app, Partnership = partnership, CoordinatorUser = coordinator, Coordinator = client, Institutions = list, Representatives = people };
    }

    /// <summary>A new member of this partnership in <paramref name="role"/>, signed in.</summary>
    public async Task<(CoprodUser User, HttpClient Client)> MemberAsync(PartnershipRole role, Guid? institutionId = null)
    {
        var user = await App.CreateUserAsync();
        await App.GrantAsync(user, Partnership, role, institutionId);
        return (user, App.ClientFor(user.Id));
    }

    public async Task<JsonElement> CreateBodyAsync(string kind = "Plenary", string name = "Séance plénière", HttpClient? client = null)
    {
        var response = await (client ?? Coordinator).PostAsJsonAsync($"{Base}/bodies", new
        {
            kind,
            name,
            purpose = "Orientations de la stratégie territoriale.",
            members = Institutions.Select(i => new { institutionId = i.Id, byRight = false, legalBasis = "Code de la sécurité intérieure, art. D132-8" }),
        }, Ct);
        return await OkAsync<JsonElement>(response, HttpStatusCode.Created);
    }

    public async Task<JsonElement> ScheduleAsync(Guid bodyId, DateTimeOffset? startsAt = null, string[]? agenda = null)
    {
        var start = startsAt ?? new DateTimeOffset(2027, 3, 10, 14, 0, 0, TimeSpan.FromHours(1));
        var response = await Coordinator.PostAsJsonAsync($"{Base}/bodies/{bodyId}/meetings", new
        {
            title = "Réunion de printemps",
            startsAt = start,
            endsAt = start.AddHours(2),
            place = "Hôtel de ville, salle du conseil",
            agenda = agenda ?? ["Bilan des actions", "Questions diverses"],
        }, Ct);
        return await OkAsync<JsonElement>(response, HttpStatusCode.Created);
    }
}
