using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform;

namespace Coprod.IntegrationTests.Modules.Evaluation;

/// <summary>
/// A partnership with a signed contract in force (started eighteen months ago, three years long), written
/// straight into the database: two themes, a sheet of the police with the town hall whose result is far behind
/// (flagged), a sheet of the town hall alone on track, a draft sheet; commitments of each kind; one meeting.
/// </summary>
public sealed class EvaluationWorld
{
    public required AppFactory App { get; init; }
    public required Partnership Partnership { get; init; }
    public required HttpClient Coordinator { get; init; }
    public required Institution Police { get; init; }
    public required Institution Mairie { get; init; }
    public required Institution Bailleur { get; init; }
    public required LocalContract Contract { get; init; }
    public required ContractPriority Tranquillity { get; init; }
    public required ContractPriority Prevention { get; init; }
    public required ActionSheet Behind { get; init; }
    public required ActionSheet OnTrack { get; init; }
    public required Commitment Late { get; init; }

    public static DateOnly Today => ParisTime.Today(TimeProvider.System);

    public string Url(string path) => $"/api/v1/partnerships/{Partnership.Id}/{path}";

    public static async Task<EvaluationWorld> CreateAsync(AppFactory app)
    {
        var (partnership, coordinator, client) = await app.MemberAsync(PartnershipRole.Coordinateur, "38151", "38185");
        var police = await app.CreateInstitutionAsync(partnership, InstitutionType.PoliceMunicipale, "Police municipale");
        var mairie = await app.CreateInstitutionAsync(partnership, InstitutionType.Commune, "Mairie");
        var bailleur = await app.CreateInstitutionAsync(partnership, InstitutionType.BailleurSocial, "Bailleur social");
        var today = Today;
        var start = today.AddMonths(-18);
        var now = DateTimeOffset.UtcNow;
        var contract = new LocalContract
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Kind = ContractKind.Stspd,
            Title = "Stratégie territoriale",
            StartsOn = start,
            EndsOn = start.AddYears(3).AddDays(-1),
            Status = ContractStatus.Signed,
            CurrentVersion = 1,
            CreatedAt = now.AddMonths(-19),
            Version = Guid.NewGuid(),
        };
        var tranquillity = new ContractPriority { Id = Guid.NewGuid(), ContractId = contract.Id, Title = "Tranquillité publique", Position = 0 };
        var prevention = new ContractPriority { Id = Guid.NewGuid(), ContractId = contract.Id, Title = "Prévention de la délinquance des mineurs", Position = 1 };
        contract.Priorities = [tranquillity, prevention];
        var behind = Sheet(contract, tranquillity, 1, "Médiation dans les halls", police.Id, [mairie.Id], ["38151"], 30_000m, SheetStatus.Adopted);
        var onTrack = Sheet(contract, prevention, 2, "Chantiers éducatifs", mairie.Id, [], [], 10_000m, SheetStatus.Adopted);
        var draft = Sheet(contract, tranquillity, 3, "Vidéoprotection", police.Id, [], ["38185"], null, SheetStatus.Draft);
        var result = Indicator(behind, IndicatorKind.Result, "Dégradations signalées", 100, 60);
        var execution = Indicator(behind, IndicatorKind.Execution, "Permanences tenues", 0, 10);
        var onTrackResult = Indicator(onTrack, IndicatorKind.Result, "Jeunes accompagnés", 0, 10);
        var values = new[]
        {
            Value(partnership, result, today.AddMonths(-7), 99, police.Id, now.AddMonths(-6)),
            Value(partnership, result, today.AddMonths(-1), 98, police.Id, now.AddDays(-20)),
            Value(partnership, result, today.AddMonths(-1), 96, police.Id, now.AddDays(-10)), // corrects the one before
            Value(partnership, execution, today.AddMonths(-1), 5, police.Id, now.AddDays(-10)),
            Value(partnership, onTrackResult, today.AddMonths(-1), 6, mairie.Id, now.AddDays(-10)),
        };
        var late = Commit(partnership, contract, behind, police.Id, "Transmettre le bilan des permanences", today.AddDays(-30), CommitmentStatus.Open, null);
        late.FormalReminderSentAt = now.AddDays(-15);
        var commitments = new[]
        {
            late,
            Commit(partnership, contract, onTrack, mairie.Id, "Recruter deux animateurs", today.AddDays(-40), CommitmentStatus.Done, today.AddDays(-45)),
            Commit(partnership, contract, onTrack, mairie.Id, "Réserver les locaux", today.AddDays(-20), CommitmentStatus.Done, today.AddDays(-10)),
            Commit(partnership, contract, null, bailleur.Id, "Signer la convention", today.AddDays(30), CommitmentStatus.Open, null),
        };
        var body = new Body
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            Kind = BodyKind.Plenary,
            Name = "Plénière",
            StartsOn = start,
            CreatedBy = coordinator.Id,
            Version = Guid.NewGuid(),
        };
        var held = now.AddDays(-3);
        var meeting = new Meeting
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnership.Id,
            BodyId = body.Id,
            Title = "Plénière",
            StartsAt = held,
            EndsAt = held.AddHours(2),
            CreatedAt = held.AddDays(-20),
            Version = Guid.NewGuid(),
            Invitees =
            [
                new Invitee { Id = Guid.NewGuid(), InstitutionId = police.Id, Attendance = Attendance.Present },
                new Invitee { Id = Guid.NewGuid(), InstitutionId = mairie.Id, Attendance = Attendance.Absent },
            ],
        };
        await app.WithDbAsync(async db =>
        {
            db.AddRange(contract, behind, onTrack, draft, body, meeting);
            db.AddRange(values);
            db.AddRange(commitments);
            await db.SaveChangesAsync();
        });
        return new EvaluationWorld
        {
            App = app,
            Partnership = partnership,
            Coordinator = client,
            Police = police,
            Mairie = mairie,
            Bailleur = bailleur,
            Contract = contract,
            Tranquillity = tranquillity,
            Prevention = prevention,
            Behind = behind,
            OnTrack = onTrack,
            Late = late,
        };
    }

    /// <summary>A new member of this partnership in <paramref name="role"/>, signed in.</summary>
    public async Task<HttpClient> MemberAsync(PartnershipRole role, Guid? institutionId = null, DateOnly? endsOn = null)
    {
        var user = await App.CreateUserAsync();
        await App.GrantAsync(user, Partnership, role, institutionId, endsOn);
        return App.ClientFor(user.Id);
    }

    private static ActionSheet Sheet(LocalContract c, ContractPriority p, int number, string title, Guid pilot, List<Guid> coPartners, List<string> communes,
        decimal? cost, SheetStatus status) => new()
        {
            Id = Guid.NewGuid(),
            PartnershipId = c.PartnershipId,
            ContractId = c.Id,
            PriorityId = p.Id,
            Number = number,
            Title = title,
            Objective = "Réduire de 40 %.",
            PilotInstitutionId = pilot,
            CoPartnerIds = coPartners,
            Communes = communes,
            Cost = cost,
            Status = status,
            CreatedAt = c.CreatedAt,
            UpdatedAt = c.CreatedAt,
            Version = Guid.NewGuid(),
            Milestones = [new SheetMilestone { Id = Guid.NewGuid(), Label = "Bilan", DueOn = c.EndsOn.AddDays(-30) }],
        };

    private static SheetIndicator Indicator(ActionSheet sheet, IndicatorKind kind, string name, decimal baseline, decimal target)
    {
        var indicator = new SheetIndicator
        {
            Id = Guid.NewGuid(),
            SheetId = sheet.Id,
            Kind = kind,
            Name = name,
            Unit = "nombre",
            Source = "main courante",
            Baseline = baseline,
            Target = target,
            Position = sheet.Indicators.Count,
        };
        sheet.Indicators.Add(indicator);
        return indicator;
    }

    private static IndicatorValue Value(Partnership p, SheetIndicator indicator, DateOnly periodEnd, decimal value, Guid institutionId, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = p.Id,
        IndicatorId = indicator.Id,
        PeriodEnd = periodEnd,
        Value = value,
        Origin = ValueOrigin.Entered,
        Source = "saisie",
        InstitutionId = institutionId,
        RecordedAt = at,
    };

    private static Commitment Commit(Partnership p, LocalContract c, ActionSheet? sheet, Guid institutionId, string text, DateOnly dueOn, CommitmentStatus status,
        DateOnly? doneOn) => new()
        {
            Id = Guid.NewGuid(),
            PartnershipId = p.Id,
            ContractId = c.Id,
            SheetId = sheet?.Id,
            InstitutionId = institutionId,
            Text = text,
            DueOn = dueOn,
            Status = status,
            DoneOn = doneOn,
            CreatedBy = Guid.NewGuid(),
            CreatedAt = DateTimeOffset.UtcNow.AddMonths(-3),
            Version = Guid.NewGuid(),
        };
}
