using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>A partnership with a coordinator, two institutions (a partner member for the first), and helpers to call the contract API.</summary>
public sealed class ContractWorld
{
    public required AppFactory App { get; init; }
    public required Partnership Partnership { get; init; }
    public required HttpClient Coordinator { get; init; }
    public required Institution Ville { get; init; }
    public required Institution Association { get; init; }
    public required HttpClient Partner { get; init; }
    public required Membership PartnerSeat { get; init; }

    public string Base => $"/api/v1/partnerships/{Partnership.Id}/contracts";

    public static async Task<ContractWorld> CreateAsync(AppFactory app)
    {
        var (partnership, _, coordinator) = await app.MemberAsync(PartnershipRole.Coordinateur);
        var ville = await app.CreateInstitutionAsync(partnership, InstitutionType.Commune, "Ville de Grenoble");
        var association = await app.CreateInstitutionAsync(partnership, InstitutionType.Association, "Association de médiation");
        var partner = await app.CreateUserAsync();
        var seat = await app.GrantAsync(partner, partnership, PartnershipRole.Partenaire, ville.Id);
        return new ContractWorld
        {
            App = app,
            Partnership = partnership,
            Coordinator = coordinator,
            Ville = ville,
            Association = association,
            Partner = app.ClientFor(partner.Id),
            PartnerSeat = seat,
        };
    }

    /// <summary>A new member of this partnership in <paramref name="role"/>, signed in.</summary>
    public async Task<HttpClient> MemberAsync(PartnershipRole role)
    {
        var user = await App.CreateUserAsync();
        await App.GrantAsync(user, Partnership, role);
        return App.ClientFor(user.Id);
    }

    public object ContractBody(string? signedOn = "2025-12-15") => new
    {
        kind = "Stspd",
        title = "Stratégie territoriale 2026-2028",
        startsOn = "2026-01-01",
        endsOn = "2028-12-31",
        diagnosticReference = "Diagnostic local de sécurité 2025",
        signatories = new object[]
        {
            new { role = "Prefet", label = "Le préfet de l'Isère", signedOn },
            new { role = "Maire", label = "Le maire de Grenoble", institutionId = Ville.Id, membershipId = PartnerSeat.Id, signedOn },
        },
        priorities = new object[]
        {
            new { title = "Tranquillité publique", tags = new[] { "snpd2020-axe3-tranquillite" } },
            new { title = "Violences intrafamiliales", tags = new[] { "snpd2020-axe2-vif" } },
        },
    };

    public async Task<JsonElement> CreateContractAsync(string? signedOn = "2025-12-15") =>
        await OkAsync<JsonElement>(await Coordinator.PostAsJsonAsync(Base, ContractBody(signedOn), Ct), HttpStatusCode.Created);

    /// <summary>A complete sheet under <paramref name="priorityId"/> (or a vague one).</summary>
    public object SheetBody(Guid priorityId, bool complete = true, string title = "Médiation de nuit au parc") => complete
        ? new
        {
            priorityId,
            title,
            objective = "Réduire de 30 % les appels pour nuisances nocturnes au parc d'ici juin 2027",
            communes = new[] { "38151" },
            pilotInstitutionId = Ville.Id,
            coPartnerIds = new[] { Association.Id },
            cost = 12000m,
            milestones = new[] { new { label = "Recrutement des médiateurs", dueOn = "2026-03-01" } },
            funding = new object[] { new { funder = "FIPD", amount = 8000m }, new { funderInstitutionId = Ville.Id, amount = 4000m } },
            indicators = new object[]
            {
                new { kind = "Result", name = "Appels pour nuisances", unit = "appels", source = "Police municipale", baseline = 120, target = 84, frequency = "Quarterly" },
                new { kind = "Execution", name = "Soirées de médiation", unit = "soirées", frequency = "Monthly", target = 40 },
            },
        }
        : new { priorityId, title, objective = "Renforcer la tranquillité publique", pilotInstitutionId = Ville.Id };

    public async Task<JsonElement> CreateSheetAsync(Guid contractId, Guid priorityId, bool complete = true, string title = "Médiation de nuit au parc") =>
        await OkAsync<JsonElement>(await Coordinator.PostAsJsonAsync($"{Base}/{contractId}/sheets", SheetBody(priorityId, complete, title), Ct), HttpStatusCode.Created);

    public static Guid Id(JsonElement e) => e.GetProperty("id").GetGuid();

    public static Guid Version(JsonElement e) => e.GetProperty("version").GetGuid();

    public static Guid Priority(JsonElement contract, int i = 0) => contract.GetProperty("priorities")[i].GetProperty("id").GetGuid();
}
