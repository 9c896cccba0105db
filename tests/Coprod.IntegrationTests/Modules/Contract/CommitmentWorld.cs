using System.Net;
using System.Net.Http.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features.Commitments;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;
using Coprod.Web.Platform.Auth;
using static Coprod.IntegrationTests.ApiAssert;

namespace Coprod.IntegrationTests.Modules.Contract;

/// <summary>
/// A partnership with a coordinator, two partner institutions (a landlord and the municipal police) with one partner each, a field
/// agent of the landlord, and a contract (2025–2027) with one sheet piloted by the landlord: two milestones and two indicators
/// (one entered, in %, one counted from the events). Contracts and sheets are written straight to the database.
/// </summary>
public sealed class CommitmentWorld
{
    public required AppFactory App { get; init; }
    public required Partnership Partnership { get; init; }
    public required CoprodUser CoordinatorUser { get; init; }
    public required HttpClient Coordinator { get; init; }
    public required Institution Landlord { get; init; }
    public required Institution Police { get; init; }
    public required CoprodUser LandlordUser { get; init; }
    public required HttpClient LandlordClient { get; init; }
    public required CoprodUser PoliceUser { get; init; }
    public required HttpClient PoliceClient { get; init; }
    public required CoprodUser AgentUser { get; init; }
    public required HttpClient Agent { get; init; }
    public required LocalContract Contract { get; init; }
    public required ActionSheet Sheet { get; init; }

    public string Base => $"/api/v1/partnerships/{Partnership.Id}";
    public string Commitments => $"{Base}/commitments";
    public SheetIndicator Entered => Sheet.Indicators.Single(i => i.Computation == IndicatorComputation.Entered);
    public SheetIndicator Counted => Sheet.Indicators.Single(i => i.Computation == IndicatorComputation.EventCount);
    public string ValuesOf(SheetIndicator i) => $"{Base}/contracts/{Contract.Id}/sheets/{Sheet.Id}/indicators/{i.Id}/values";
    public static DateOnly Today => ParisTime.Today(TimeProvider.System);

    public static async Task<CommitmentWorld> CreateAsync(AppFactory app)
    {
        var (partnership, coordinator, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38151", "38185");
        var landlord = await app.CreateInstitutionAsync(partnership, InstitutionType.BailleurSocial, "Bailleur social Isère");
        var police = await app.CreateInstitutionAsync(partnership, InstitutionType.PoliceMunicipale, "Police municipale");
        var landlordUser = await app.CreateUserAsync();
        await app.GrantAsync(landlordUser, partnership, PartnershipRole.Partenaire, landlord.Id);
        var policeUser = await app.CreateUserAsync();
        await app.GrantAsync(policeUser, partnership, PartnershipRole.Partenaire, police.Id);
        var agent = await app.CreateUserAsync();
        await app.GrantAsync(agent, partnership, PartnershipRole.Agent, landlord.Id);
        var contract = new LocalContract
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Kind = ContractKind.Stspd,
            Title = "Stratégie territoriale 2025-2027",
            StartsOn = new DateOnly(2025, 1, 1),
            EndsOn = new DateOnly(2027, 12, 31),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var priority = new ContractPriority { Id = Guid.NewGuid(), ContractId = contract.Id, Title = "Tranquillité résidentielle", Position = 1 };
        var sheetId = Guid.NewGuid();
        var sheet = new ActionSheet
        {
            Id = sheetId,
            PartnershipId = partnership.Id,
            ContractId = contract.Id,
            PriorityId = priority.Id,
            Number = 1,
            Title = "Médiation de nuit dans les halls",
            Objective = "Réduire les troubles dans les halls d'immeubles.",
            Communes = ["38151"],
            PilotInstitutionId = landlord.Id,
            CoPartnerIds = [police.Id],
            Status = SheetStatus.Adopted,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            Milestones =
            [
                new SheetMilestone { Id = Guid.NewGuid(), SheetId = sheetId, Label = "Recrutement des médiateurs", DueOn = new DateOnly(2026, 3, 1), Position = 1 },
                new SheetMilestone { Id = Guid.NewGuid(), SheetId = sheetId, Label = "Premier bilan", DueOn = new DateOnly(2027, 6, 30), Position = 2 },
            ],
            Indicators =
            [
                new SheetIndicator
                {
                    Id = Guid.NewGuid(), SheetId = sheetId, Kind = IndicatorKind.Result, Name = "Taux de halls apaisés", Unit = "%", Source = "Enquête du bailleur",
                    Baseline = 40, Target = 70, Frequency = IndicatorFrequency.Quarterly, Position = 1,
                },
                new SheetIndicator
                {
                    Id = Guid.NewGuid(), SheetId = sheetId, Kind = IndicatorKind.Execution, Name = "Faits signalés", Unit = "faits", Source = "Module événements",
                    Frequency = IndicatorFrequency.Monthly, Computation = IndicatorComputation.EventCount, EventCategoryCode = "troubles-halls", Position = 2,
                },
            ],
        };
        await app.WithDbAsync(async db =>
        {
            db.Add(contract);
            db.Add(priority);
            db.Add(sheet);
            await db.SaveChangesAsync();
        });
        return new CommitmentWorld
        {
            App = app,
            Partnership = partnership,
            CoordinatorUser = coordinator,
            Coordinator = client,
            Landlord = landlord,
            Police = police,
            LandlordUser = landlordUser,
            LandlordClient = app.ClientFor(landlordUser.Id),
            PoliceUser = policeUser,
            PoliceClient = app.ClientFor(policeUser.Id),
            AgentUser = agent,
            Agent = app.ClientFor(agent.Id),
            Contract = contract,
            Sheet = sheet,
        };
    }

    /// <summary>A commitment of the landlord created by the coordinator, due on <paramref name="dueOn"/>.</summary>
    public async Task<CommitmentDto> CreateAsync(DateOnly dueOn, Guid? institutionId = null, string text = "Installer l'éclairage des halls de la résidence.")
    {
        var response = await Coordinator.PostAsJsonAsync(Commitments, new { institutionId = institutionId ?? Landlord.Id, text, dueOn }, Ct);
        return await OkAsync<CommitmentDto>(response, HttpStatusCode.Created);
    }

    /// <summary>A plenary body with a meeting starting at <paramref name="startsAt"/>; returns the meeting's id.</summary>
    public async Task<Guid> PlenaryMeetingAsync(DateTimeOffset startsAt, bool cancelled = false, BodyKind kind = BodyKind.Plenary)
    {
        var body = new Body
        {
            Id = Guid.NewGuid(),
            PartnershipId = Partnership.Id,
            Kind = kind,
            Name = "Séance plénière",
            StartsOn = new DateOnly(2024, 1, 1),
            CreatedBy = CoordinatorUser.Id
        };
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            PartnershipId = Partnership.Id,
            BodyId = body.Id,
            Title = "Plénière",
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            CreatedAt = DateTimeOffset.UtcNow,
            CancelledAt = cancelled ? DateTimeOffset.UtcNow : null,
        };
        meeting.Agenda.Add(new AgendaItem { Id = Guid.NewGuid(), MeetingId = meeting.Id, Position = 1, Text = "État de la délinquance", Key = AgendaKeys.StateOfCrime });
        await App.WithDbAsync(async db =>
        {
            db.Add(body);
            db.Add(meeting);
            await db.SaveChangesAsync();
        });
        return meeting.Id;
    }
}
