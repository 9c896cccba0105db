using System.Text.Json;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features;
using Coprod.Web.Modules.Contract.Features.Amendments;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// What happened under the demo contract by now: thirteen commitments (kept on time, kept late, due
/// soon with their reminder, and three overdue with their formal reminder — the landlord's still
/// unanswered, the département's answered), the entered indicators' values each period since the start
/// (each sheet at its own pace toward its target: the rodeos sheet the wrong way), and amendment n° 1
/// on the rodeos sheet, approved by the prefect, the prosecutor and the département, waiting for the
/// president. Computed indicators (events) are left to their computation.
/// </summary>
internal sealed class DemoContractFollowUp(CoprodDbContext db, AuditTrail audit, DemoContractPlenary plenary, TimeProvider clock)
{
    private sealed record Owed(string Institution, string Text, int? Sheet, string? Milestone, int DueInDays, int? DoneAfterDue, bool Formal = false, string? Answer = null);

    private static readonly Owed[] Commitments =
    [
        new("bailleur", "Transmettre la liste des halls équipés (éclairage, contrôle d'accès) et le calendrier des prochains.", 7, null, -40, null, Formal: true),
        new("departement", "Transmettre le bilan des chantiers éducatifs de l'été (jeunes accueillis, suites données).", 2, null, -25, null, Formal: true,
            Answer: "Le bilan est en cours de consolidation avec la mission locale ; transmission prévue avant la fin du mois."),
        new("police-municipale", "Présenter le bilan des opérations anti-rodéos de l'été.", 8, null, -10, null, Formal: true),
        new("grenoble", "Lancer les travaux de raccordement des caméras.", 12, null, 10, null),
        new("parquet", "Ouvrir la ligne téléphonique commune d'aide aux victimes.", 5, "Ligne téléphonique commune", 40, null),
        new("transport", "Désigner un référent sûreté pour le CISPD.", null, null, 20, null),
        new("mediation", "Étendre la médiation au réseau de transport.", 9, "Extension au réseau de transport", 0, -2),
        new("departement", "Organiser le deuxième été de chantiers éducatifs.", 2, "Deuxième été de chantiers", 0, -5),
        new("police-nationale", "Recruter l'intervenant social en commissariat.", 4, "Intervenant social en commissariat recruté", 0, 20),
        new("metropole", "Publier le premier tableau de bord partagé.", 11, "Premier tableau de bord", 0, 0),
        new("bailleur", "Réaliser le diagnostic des halls prioritaires.", 7, "Diagnostic des halls prioritaires", 0, 15),
        new("education", "Signer la convention avec les quatre collèges.", 1, "Convention avec les quatre collèges", 0, -1),
        new("prefecture", "Notifier les crédits FIPD de l'année.", null, null, -200, -10),
    ];

    public async Task SeedAsync(LocalContract contract, List<ActionSheet> sheets, DemoContractCast cast, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var coordinator = await db.Users.Where(u => u.Email == "coordination@demo.coprod.fr").Select(u => u.Id).SingleAsync(ct);
        var users = await db.Users.Where(u => u.Email!.EndsWith("@demo.coprod.fr")).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        var commitments = Commitments.Select(c => Commitment(c, contract, sheets, cast, coordinator, users["educatrice@demo.coprod.fr"], today)).ToList();
        db.AddRange(commitments);
        db.AddRange(Values(contract, sheets, cast, today, now));
        var amendment = Amendment(contract, sheets, cast, coordinator, users, now);
        db.Add(amendment);
        await audit.SaveWithAuditAsync(ct, [
            new AuditEntry(AuditEventType.AmendmentProposed, contract.PartnershipId, coordinator, "amendment", amendment.Id.ToString(), new { demo = true })]);
        await plenary.SeedAsync(contract.PartnershipId, cast, coordinator, ct);
    }

    private static Commitment Commitment(Owed c, LocalContract contract, List<ActionSheet> sheets, DemoContractCast cast, Guid coordinator, Guid educator,
        DateOnly today)
    {
        var sheet = c.Sheet is { } n ? sheets[n - 1] : null;
        var milestone = c.Milestone is { } label ? sheet!.Milestones.Single(m => m.Label == label) : null;
        var due = milestone?.DueOn ?? today.AddDays(c.DueInDays);
        DateTimeOffset At(DateOnly day) => ParisTime.FromLocal(day.ToDateTime(new TimeOnly(9, 0))).ToUniversalTime();
        var commitment = new Commitment
        {
            Id = Guid.NewGuid(),
            PartnershipId = contract.PartnershipId,
            ContractId = contract.Id,
            SheetId = sheet?.Id,
            MilestoneId = milestone?.Id,
            InstitutionId = cast.Institution(c.Institution)!.Value,
            Text = c.Text,
            DueOn = due,
            CreatedBy = coordinator,
            CreatedAt = At(due.AddDays(-90) < contract.StartsOn ? contract.StartsOn : due.AddDays(-90)),
        };
        if (c.DoneAfterDue is { } after)
        {
            commitment.Status = CommitmentStatus.Done;
            commitment.DoneOn = due.AddDays(after);
        }
        if (due.AddDays(-14) <= today)
        {
            commitment.ReminderSentAt = At(due.AddDays(-14));
        }
        if (c.Formal)
        {
            commitment.FormalReminderSentAt = At(due.AddDays(1));
        }
        if (c.Answer is { } answer)
        {
            commitment.Answers.Add(new CommitmentAnswer
            {
                Id = Guid.NewGuid(),
                CommitmentId = commitment.Id,
                Text = answer,
                AuthorId = educator,
                InstitutionId = commitment.InstitutionId,
                At = At(due.AddDays(4)),
            });
        }
        return commitment;
    }

    /// <summary>One value per period of each entered indicator from the start to the last period over, heading toward its target at the sheet's pace.</summary>
    private static IEnumerable<IndicatorValue> Values(LocalContract contract, List<ActionSheet> sheets, DemoContractCast cast, DateOnly today, DateTimeOffset now)
    {
        var random = new Random(2026);
        var length = (double)(contract.EndsOn.DayNumber - contract.StartsOn.DayNumber);
        foreach (var (sheet, seed) in sheets.Zip(DemoContractSheets.Sheets))
        {
            foreach (var (indicator, demo) in sheet.Indicators.OrderBy(i => i.Position).Zip(seed.Indicators))
            {
                if (indicator.Computation != IndicatorComputation.Entered || indicator.Target is not { } target || sheet.Status == SheetStatus.Draft)
                {
                    continue;
                }
                var baseline = indicator.Baseline ?? 0;
                var months = indicator.Frequency switch { IndicatorFrequency.Monthly => 1, IndicatorFrequency.Quarterly => 3, IndicatorFrequency.HalfYearly => 6, _ => 12 };
                for (var end = contract.StartsOn.AddMonths(months).AddDays(-1); end < today; end = end.AddDays(1).AddMonths(months).AddDays(-1))
                {
                    var elapsed = (end.DayNumber - contract.StartsOn.DayNumber) / length;
                    var noise = (decimal)((random.NextDouble() - 0.5) * 0.08);
                    var value = baseline + (target - baseline) * ((decimal)(demo.Pace * elapsed) + noise);
                    yield return new IndicatorValue
                    {
                        Id = Guid.NewGuid(),
                        PartnershipId = contract.PartnershipId,
                        IndicatorId = indicator.Id,
                        PeriodEnd = end,
                        Value = Math.Max(0, indicator.Unit == "%" ? Math.Round(Math.Min(100, value), 1) : Math.Round(value)),
                        Origin = ValueOrigin.Entered,
                        Source = $"Saisie : {cast.Name(seed.Pilot!)}",
                        InstitutionId = sheet.PilotInstitutionId,
                        RecordedAt = ParisTime.FromLocal(end.AddDays(8).ToDateTime(new TimeOnly(10, 0))).ToUniversalTime(),
                    };
                }
            }
        }
    }

    private static Amendment Amendment(LocalContract contract, List<ActionSheet> sheets, DemoContractCast cast, Guid coordinator, Dictionary<string, Guid> users,
        DateTimeOffset now)
    {
        var rodeos = sheets[7];
        var content = SheetInput.Of(rodeos);
        var changed = content with
        {
            Objective = "Diviser par deux le nombre de rodéos motorisés signalés l'été à Villeneuve et Essarts – Surieux d'ici la troisième année, "
                + "en associant le bailleur aux aménagements des parkings.",
            CoPartnerIds = [.. content.CoPartnerIds!, cast.Institution("bailleur")!.Value],
            Cost = 85_000m,
            Funding = [.. content.Funding!, new FundingInput(cast.Name("bailleur"), cast.Institution("bailleur"), 25_000m)],
            Milestones = [.. content.Milestones!.Select(m => m.Label == "Aménagements anti-rodéos" ? m with { DueOn = contract.StartsOn.AddMonths(30).AddDays(-1) } : m)],
        };
        var added = new SheetInput(contract.Priorities[0].Id, "Prévention des rixes entre quartiers",
            "Réduire de moitié les rixes signalées entre jeunes de Villeneuve et du Village Olympique d'ici la fin du contrat.",
            "Jeunes de 13 à 20 ans", [DemoData.GrenobleInsee, DemoData.EchirollesInsee], [], cast.Institution("departement"),
            [cast.Institution("police-nationale")!.Value, cast.Institution("education")!.Value, cast.Institution("mediation")!.Value],
            "Cellule de repérage des tensions, médiation entre groupes, information des familles.", 30_000m,
            [new MilestoneInput(null, "Cellule de repérage installée", contract.StartsOn.AddMonths(25).AddDays(-1))],
            [new FundingInput("FIPD", null, 30_000m)],
            [new IndicatorInput(null, IndicatorKind.Result, "Rixes signalées", "rixes", "Police nationale", 12, 6, IndicatorFrequency.HalfYearly)], []);
        var proposal = new AmendmentProposal(null, [new SheetChangeInput(rodeos.Id, changed), new SheetChangeInput(null, added)]);
        var at = now.AddDays(-12);
        var amendment = new Amendment
        {
            Id = Guid.NewGuid(),
            PartnershipId = contract.PartnershipId,
            ContractId = contract.Id,
            Number = 1,
            Title = "Avenant n° 1 : rodéos et rixes",
            Reason = "Le bilan de l'été montre des rodéos en hausse : le bailleur rejoint la fiche et les aménagements sont décalés ; les rixes entre quartiers "
                + "appellent une nouvelle fiche.",
            BaseVersion = 1,
            Proposal = JsonSerializer.Serialize(proposal, AmendmentReader.Json),
            ProposedBy = coordinator,
            ProposedAt = at,
        };
        string[] approvers = ["prefecture@demo.coprod.fr", "parquet@demo.coprod.fr", "educatrice@demo.coprod.fr"];
        amendment.Approvals = contract.Signatories.Where(s => s.Role != SignatoryRole.PresidentEpci).Zip(approvers).Select((x, i) => new AmendmentApproval
        {
            Id = Guid.NewGuid(),
            AmendmentId = amendment.Id,
            SignatoryId = x.First.Id,
            Approved = true,
            ByUserId = users[x.Second],
            At = at.AddDays(2 + 3 * i),
        }).ToList();
        return amendment;
    }
}
