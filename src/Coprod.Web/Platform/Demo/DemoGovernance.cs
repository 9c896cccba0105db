using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo's governance for Échirolles: a plenary held twice in the past year (the schools and the
/// landlord often absent or excused, the prefecture represented), a restricted formation meeting
/// monthly, a thematic group on public tranquillity, a GLTD created by the prosecutor, and one
/// upcoming meeting with its invitations; about eight decisions on the past meetings, some done on
/// time, some late (the landlord, the schools, the municipal police), one abandoned. Written once: a
/// start that finds a body (or, for the decisions, a decision) changes nothing.
/// </summary>
internal sealed class DemoGovernance(CoprodDbContext db, AuditTrail audit, TimeProvider clock)
{
    public static readonly Guid Plenary = Guid.Parse("0d6f3c52-5b7e-4b8e-9a51-3e1c2a000101");

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!await db.Set<Body>().AnyAsync(b => b.PartnershipId == DemoData.Echirolles, ct))
        {
            await SeedBodiesAsync(ct);
        }
        if (!await db.Set<Decision>().AnyAsync(d => d.PartnershipId == DemoData.Echirolles, ct))
        {
            await SeedDecisionsAsync(ct);
        }
    }

    private async Task SeedBodiesAsync(CancellationToken ct)
    {
        var institutions = await db.Set<Institution>().Where(i => i.PartnershipId == DemoData.Echirolles).ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        Guid Institution(string key) => institutions[DemoData.Institutions.Single(s => s.Key == key).Name];
        var parquetUser = await db.Users.Where(u => u.Email == "parquet@demo.coprod.fr").Select(u => u.Id).SingleAsync(ct);
        var coordinator = await db.Users.Where(u => u.Email == "coordination@demo.coprod.fr").Select(u => u.Id).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var trail = new List<AuditEntry>();

        BodyMember Member(string key, bool byRight) => new()
        {
            Id = Guid.NewGuid(),
            InstitutionId = Institution(key),
            ByRight = byRight,
            LegalBasis = BodyTemplates.ClspdComposition,
            InForceFrom = new DateOnly(2024, 1, 1),
        };
        Body Add(Guid id, BodyKind kind, string name, string purpose, Guid createdBy, string[] byRight, string[] optional, string? scope = null, DateOnly? endsOn = null)
        {
            var body = new Body
            {
                Id = id,
                PartnershipId = DemoData.Echirolles,
                Kind = kind,
                Name = name,
                Purpose = purpose,
                Scope = scope,
                StartsOn = new DateOnly(2024, 1, 1),
                EndsOn = endsOn,
                CreatedBy = createdBy,
                Members = [.. byRight.Select(k => Member(k, true)), .. optional.Select(k => Member(k, false))],
            };
            db.Add(body);
            trail.Add(new AuditEntry(AuditEventType.GovernanceBodyCreated, DemoData.Echirolles, createdBy, "body", id.ToString(), new { kind = kind.ToString(), demo = true }));
            return body;
        }

        var others = new[] { "police-nationale", "police-municipale", "bailleur", "departement", "education", "mediation" };
        var plenary = Add(Plenary, BodyKind.Plenary, "Séance plénière du CLSPD", "Réunion annuelle de l'ensemble des membres.", coordinator,
            ["echirolles", "prefecture", "parquet"], others);
        var bureau = Add(Guid.NewGuid(), BodyKind.RestrictedFormation, "Formation restreinte", "Suivi opérationnel entre deux plénières.", coordinator,
            ["echirolles", "prefecture", "parquet"], ["police-nationale", "police-municipale"]);
        Add(Guid.NewGuid(), BodyKind.ThematicGroup, "Groupe « Tranquillité publique »", "Nuisances et incivilités dans l'espace public et les halls.", coordinator,
            [], ["police-municipale", "police-nationale", "bailleur", "mediation"]);
        Add(Guid.NewGuid(), BodyKind.Gltd, "GLTD Village 2", "Groupe local de traitement de la délinquance.", parquetUser,
            ["parquet"], ["police-nationale", "police-municipale", "echirolles"], "Quartier Village 2 : trafic de stupéfiants et occupations de halls", today.AddMonths(8));

        // Plenary: the schools and the landlord are often missing; the prefecture sends a representative.
        Meeting(plenary, "Séance plénière annuelle", now.AddMonths(-10), new()
        {
            ["education"] = Attendance.Absent,
            ["bailleur"] = Attendance.Excused,
            ["prefecture"] = Attendance.Represented,
        });
        Meeting(plenary, "Séance plénière d'automne", now.AddMonths(-3), new()
        {
            ["education"] = Attendance.Excused,
            ["bailleur"] = Attendance.Absent,
            ["prefecture"] = Attendance.Represented,
        });
        for (var month = 4; month >= 1; month--)
        {
            Meeting(bureau, "Formation restreinte mensuelle", now.AddMonths(-month), new() { ["prefecture"] = Attendance.Excused });
        }
        var upcoming = Meeting(bureau, "Formation restreinte mensuelle", now.AddDays(10), null);
        upcoming.InvitationsSentAt = now;

        await audit.SaveWithAuditAsync(ct, [.. trail]);

        Meeting Meeting(Body body, string title, DateTimeOffset day, Dictionary<string, Attendance>? exceptions)
        {
            var paris = ParisTime.ToParis(day).Date.AddHours(14);
            var start = ParisTime.FromLocal(paris).ToUniversalTime();
            var meeting = new Meeting
            {
                Id = Guid.NewGuid(),
                PartnershipId = DemoData.Echirolles,
                BodyId = body.Id,
                Title = title,
                StartsAt = start,
                EndsAt = start.AddHours(2),
                Place = "Hôtel de ville d'Échirolles, salle du conseil",
                CreatedAt = start.AddDays(-21),
                Agenda = MeetingRules.Agenda(body.Kind == BodyKind.Plenary
                    ? ["Bilan des actions de l'année", "Orientations de la stratégie territoriale"]
                    : ["Suivi des décisions", "Point sur les quartiers", "Questions diverses"], body.Kind),
                Invitees = [.. body.Members.Select(m =>
                {
                    var key = DemoData.Institutions.Single(s => s.InEchirolles && Institution(s.Key) == m.InstitutionId).Key;
                    var state = exceptions is null ? (Attendance?)null : exceptions.TryGetValue(key, out var a) ? a : Attendance.Present;
                    return new Invitee
                    {
                        Id = Guid.NewGuid(),
                        InstitutionId = m.InstitutionId,
                        Attendance = state,
                        RepresentedBy = state == Attendance.Represented ? "le sous-préfet chargé de la politique de la ville" : null,
                    };
                })],
            };
            db.Add(meeting);
            trail.Add(new AuditEntry(AuditEventType.GovernanceMeetingScheduled, DemoData.Echirolles, coordinator, "meeting", meeting.Id.ToString(), new { demo = true }));
            return meeting;
        }
    }

    /// <summary>Decisions of the past plenaries and restricted formations, so that « which decisions are late, and who owns them » has a true answer.</summary>
    private async Task SeedDecisionsAsync(CancellationToken ct)
    {
        var institutions = await db.Set<Institution>().Where(i => i.PartnershipId == DemoData.Echirolles).ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        Guid Institution(string key) => institutions[DemoData.Institutions.Single(s => s.Key == key).Name];
        var coordinator = await db.Users.Where(u => u.Email == "coordination@demo.coprod.fr").Select(u => u.Id).SingleAsync(ct);
        var now = clock.GetUtcNow();
        var today = ParisTime.Today(clock);
        var bodies = await db.Set<Body>().Where(b => b.PartnershipId == DemoData.Echirolles && (b.Kind == BodyKind.Plenary || b.Kind == BodyKind.RestrictedFormation))
            .ToDictionaryAsync(b => b.Id, b => b.Kind, ct);
        var past = await db.Set<Meeting>().Where(m => bodies.Keys.Contains(m.BodyId) && m.CancelledAt == null).ToListAsync(ct);
        past = past.Where(m => m.StartsAt < now).OrderBy(m => m.StartsAt).ToList();
        var plenaries = past.Where(m => bodies[m.BodyId] == BodyKind.Plenary).ToList();
        var bureaus = past.Where(m => bodies[m.BodyId] == BodyKind.RestrictedFormation).ToList();
        if (plenaries.Count < 2 || bureaus.Count < 3)
        {
            return;
        }
        var trail = new List<AuditEntry>();
        void Add(Meeting meeting, string text, string owner, int dueInDays, DecisionStatus status, int? closedDaysAfterDue = null, string? followUp = null)
        {
            var due = today.AddDays(dueInDays);
            var decision = new Decision
            {
                Id = Guid.NewGuid(),
                PartnershipId = DemoData.Echirolles,
                BodyId = meeting.BodyId,
                MeetingId = meeting.Id,
                Text = text,
                OwnerInstitutionId = Institution(owner),
                DueOn = due,
                Status = status,
                ClosedOn = closedDaysAfterDue is { } days ? due.AddDays(days) : null,
                FollowUp = followUp,
                CreatedAt = meeting.EndsAt,
            };
            db.Add(decision);
            trail.Add(new AuditEntry(AuditEventType.GovernanceDecisionRecorded, DemoData.Echirolles, coordinator, "decision", decision.Id.ToString(), new { demo = true }));
        }

        var (first, autumn) = (plenaries[0], plenaries[^1]);
        Add(first, "Renforcer l'éclairage des abords du parking du Village 2", "bailleur", -240, DecisionStatus.Done, -6, "Éclairage posé, constat partagé en formation restreinte.");
        Add(first, "Présenter le plan de prévention du harcèlement aux collèges du secteur", "education", -150, DecisionStatus.Open);
        Add(first, "Étendre les patrouilles de soirée aux abords du centre commercial", "police-municipale", -210, DecisionStatus.Done, -10);
        Add(autumn, "Remplacer les digicodes dégradés des halls du Village 2", "bailleur", -30, DecisionStatus.InProgress, followUp: "Devis validé, pose à planifier.");
        Add(autumn, "Organiser une réunion d'information des parents sur les rodéos urbains", "education", 45, DecisionStatus.Open);
        Add(bureaus[0], "Assurer une présence de la police municipale aux sorties du collège", "police-municipale", -12, DecisionStatus.Open);
        Add(bureaus[1], "Étudier une vidéoprotection du parvis de la médiathèque", "echirolles", -40, DecisionStatus.Abandoned, -50,
            "Abandonnée : le parvis n'est pas un lieu exposé au sens du code de la sécurité intérieure.");
        Add(bureaus[^1], "Partager le planning des médiateurs de nuit avec la police municipale", "mediation", -20, DecisionStatus.Done, -2);
        await audit.SaveWithAuditAsync(ct, [.. trail]);
    }
}
