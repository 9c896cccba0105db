using System.Net.Http.Json;
using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>
/// A partnership over Échirolles with a three-year STSPD signed by the mayor (the president's seat) and
/// the prefect (the State's seat), two adopted sheets (n° 1 with a milestone reached and an indicator
/// with a value, n° 2) and a draft sheet (n° 3); version 1 kept. One client per kind of caller.
/// </summary>
public sealed class AmendmentWorld
{
    public required AppFactory App { get; init; }
    public required Partnership Partnership { get; init; }
    public required HttpClient Coordinator { get; init; }
    public required HttpClient President { get; init; }
    public required HttpClient Etat { get; init; }
    public required HttpClient Parquet { get; init; }
    public required HttpClient Partner { get; init; }
    public required HttpClient Agent { get; init; }
    public required Institution Commune { get; init; }
    public required Institution Landlord { get; init; }
    public required Institution Police { get; init; }
    public required LocalContract Contract { get; init; }
    public required ActionSheet Sheet1 { get; init; }
    public required ActionSheet Sheet2 { get; init; }
    public required ActionSheet Draft { get; init; }

    public string Base => $"/api/v1/partnerships/{Partnership.Id}/contracts/{Contract.Id}/amendments";

    public static async Task<AmendmentWorld> CreateAsync(AppFactory app, bool signed = true)
    {
        var partnership = await app.CreatePartnershipAsync(PartnershipKind.Clspd, "38151");
        var commune = await app.CreateInstitutionAsync(partnership, InstitutionType.Commune, "Ville d'Échirolles");
        var landlord = await app.CreateInstitutionAsync(partnership, InstitutionType.BailleurSocial, "Bailleur social");
        var police = await app.CreateInstitutionAsync(partnership, InstitutionType.PoliceMunicipale, "Police municipale");
        async Task<(Membership, HttpClient)> Member(PartnershipRole role, Guid? institutionId)
        {
            var user = await app.CreateUserAsync();
            return (await app.GrantAsync(user, partnership, role, institutionId), app.ClientFor(user.Id));
        }
        var (_, coordinator) = await Member(PartnershipRole.Coordinateur, commune.Id);
        var (mayor, president) = await Member(PartnershipRole.President, commune.Id);
        var (prefect, etat) = await Member(PartnershipRole.Etat, null);
        var priority = new ContractPriority { Id = Guid.NewGuid(), Title = "Tranquillité publique", Tags = [], Position = 0 };
        var contract = new LocalContract
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Kind = ContractKind.Stspd,
            Title = "Stratégie territoriale 2026-2028",
            StartsOn = new DateOnly(2026, 1, 1),
            EndsOn = new DateOnly(2028, 12, 31),
            Status = signed ? ContractStatus.Signed : ContractStatus.Draft,
            CurrentVersion = signed ? 1 : 0,
            CreatedAt = DateTimeOffset.UtcNow,
            Priorities = [priority],
            Signatories =
            [
                new ContractSignatory { Id = Guid.NewGuid(), Role = SignatoryRole.Maire, Label = "Le maire d'Échirolles", MembershipId = mayor.Id, SignedOn = new DateOnly(2026, 1, 15), Position = 0 },
                new ContractSignatory { Id = Guid.NewGuid(), Role = SignatoryRole.Prefet, Label = "Le préfet de l'Isère", MembershipId = prefect.Id, SignedOn = new DateOnly(2026, 1, 20), Position = 1 },
            ],
        };
        var sheet1 = Sheet(partnership.Id, contract.Id, priority.Id, 1, SheetStatus.Adopted, Content(priority.Id, commune.Id, landlord.Id, "Réduire de 20 % les dégradations dans les halls"));
        sheet1.Milestones[0].DoneOn = new DateOnly(2026, 3, 1);
        var sheet2 = Sheet(partnership.Id, contract.Id, priority.Id, 2, SheetStatus.Adopted, Content(priority.Id, police.Id, commune.Id, "Ramener à 10 par an les rodéos signalés"));
        var draft = Sheet(partnership.Id, contract.Id, priority.Id, 3, SheetStatus.Draft, Content(priority.Id, commune.Id, null, "Renforcer le lien"));
        await app.WithDbAsync(async db =>
        {
            db.AddRange(contract, sheet1, sheet2, draft);
            db.Add(new IndicatorValue
            {
                Id = Guid.NewGuid(),
                PartnershipId = partnership.Id,
                IndicatorId = sheet1.Indicators[0].Id,
                PeriodEnd = new DateOnly(2026, 3, 31),
                Value = 110,
                Origin = ValueOrigin.Entered,
                Source = "Saisie",
                RecordedAt = DateTimeOffset.UtcNow,
            });
            if (signed)
            {
                db.Add(ContractSnapshot.Take(1, contract, [sheet1, sheet2, draft]).ToVersion(contract.Id, null, DateTimeOffset.UtcNow));
            }
            await db.SaveChangesAsync();
        });
        return new AmendmentWorld
        {
            App = app,
            Partnership = partnership,
            Coordinator = coordinator,
            President = president,
            Etat = etat,
            Parquet = (await Member(PartnershipRole.Parquet, null)).Item2,
            Partner = (await Member(PartnershipRole.Partenaire, landlord.Id)).Item2,
            Agent = (await Member(PartnershipRole.Agent, commune.Id)).Item2,
            Commune = commune,
            Landlord = landlord,
            Police = police,
            Contract = contract,
            Sheet1 = sheet1,
            Sheet2 = sheet2,
            Draft = draft,
        };
    }

    /// <summary>A complete sheet's content: a figure in the objective, a milestone, a cost funded in full, a pilot, a result indicator.</summary>
    public static SheetInput Content(Guid priorityId, Guid pilotId, Guid? coPartnerId, string objective) => new(
        priorityId, "Halls apaisés", objective, "Locataires", ["38151"], [], pilotId, coPartnerId is { } c ? [c] : [], "Médiation en soirée", 12000m,
        [new MilestoneInput(null, "Recrutement des médiateurs", new DateOnly(2026, 6, 30))],
        [new FundingInput("FIPD", null, 8000m), new FundingInput("Ville", null, 4000m)],
        [new IndicatorInput(null, IndicatorKind.Result, "Dégradations signalées", "faits", "Main courante du bailleur", 120m, 96m, IndicatorFrequency.Quarterly)],
        []);

    private static ActionSheet Sheet(Guid partnershipId, Guid contractId, Guid priorityId, int number, SheetStatus status, SheetInput content)
    {
        var sheet = new ActionSheet
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            ContractId = contractId,
            PriorityId = priorityId,
            Number = number,
            Status = status,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        SheetWriter.Apply(sheet, content, DateTimeOffset.UtcNow);
        return sheet;
    }

    /// <summary>The content of sheet 1 with a new objective and target, its milestone and indicator kept by id.</summary>
    public SheetInput Sheet1Changed(string objective = "Réduire de 30 % les dégradations dans les halls", decimal target = 84m) =>
        SheetInput.Of(Sheet1) with
        {
            Objective = objective,
            Indicators = [.. SheetInput.Of(Sheet1).Indicators!.Select(i => i with { Target = target })],
        };

    public static object Amendment(params object[] changes) => new { title = "Avenant n° 1", reason = "Bilan de la première année.", changes };

    public async Task<JsonElement> ProposeOkAsync(object body) =>
        await OkAsync<JsonElement>(await Coordinator.PostAsJsonAsync(Base, body, Ct), System.Net.HttpStatusCode.Created);
}
