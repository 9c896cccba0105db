using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo's "qui fait quoi" for Échirolles: believable services with competences, presence and
/// an on-call rota, so that the coverage view shows what the seeds say ("après minuit, il n'y a
/// personne"): hall occupation at 1 a.m. on a Wednesday is nobody's. Written once, when
/// Échirolles has no service yet; phone numbers are in the range reserved for fiction (04 65 71).
/// </summary>
internal sealed class DemoDirectory(CoprodDbContext db, AuditTrail audit, TimeProvider clock)
{
    private sealed record Slot(DayOfWeek[] Days, string Start, string End);

    private sealed record ServiceSeed(string InstitutionKey, string Name, string Description, string Phone, string Email, string? Address, string[] Problems, Slot[] Presence);

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly DayOfWeek[] EveryDay = [.. Weekdays, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly ServiceSeed[] Services =
    [
        new("police-municipale", "Police municipale – patrouilles", "Patrouilles de jour et de soirée, tranquillité publique, stationnement gênant, bruit.",
            "04 65 71 10 10", "police.municipale@demo.coprod.fr", "Hôtel de ville, Échirolles",
            ["tags", "depots-sauvages", "bruit", "occupation-halls", "rodeos-motorises", "troubles-voisinage", "degradations", "alcoolisation-voie-publique"],
            [new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Sunday], "07:00", "23:00"), new([DayOfWeek.Friday, DayOfWeek.Saturday], "07:00", "02:00")]),
        new("mediation", "Médiateurs et correspondants de nuit", "Médiation sociale de soirée dans les quartiers, halls et espaces publics ; lien avec les habitants.",
            "04 65 71 20 20", "mediation@demo.coprod.fr", null,
            ["occupation-halls", "bruit", "troubles-voisinage", "mineurs-errance", "personnes-vulnerables-isolees", "alcoolisation-voie-publique"],
            [new([DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], "18:00", "01:00")]),
        new("bailleur", "Gardiens d'immeubles", "Gardiennage des résidences du bailleur : parties communes, halls, encombrants.",
            "04 65 71 30 30", "gardiens@demo.coprod.fr", null,
            ["occupation-halls", "depots-sauvages", "squats", "degradations", "troubles-voisinage", "tags"],
            [new(Weekdays, "08:00", "18:00")]),
        new("departement", "Éducateurs de prévention spécialisée", "Travail de rue auprès des 11–25 ans, accompagnement éducatif, lien avec les familles.",
            "04 65 71 40 40", "prevention@demo.coprod.fr", null,
            ["mineurs-errance", "absenteisme-scolaire", "rixes", "harcelement"],
            [new([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday], "14:00", "19:00"), new([DayOfWeek.Wednesday, DayOfWeek.Friday], "14:00", "22:00")]),
        new("police-nationale", "Commissariat d'Échirolles", "Police secours et investigation ; appel d'urgence : 17.",
            "04 65 71 50 50", "commissariat@demo.coprod.fr", null,
            ["trafic-stupefiants", "rixes", "violences-intrafamiliales", "violences-femmes", "rodeos-motorises", "incendies-vehicules-poubelles", "prostitution", "squats", "harcelement", "insecurite-transports"],
            [new(EveryDay, "00:00", "12:00"), new(EveryDay, "12:00", "00:00")]),
        new("echirolles", "Tranquillité publique – astreinte de la mairie", "Cadre d'astreinte de la ville, joignable les soirs, nuits et week-ends.",
            "04 65 71 60 60", "tranquillite@demo.coprod.fr", "Hôtel de ville, Échirolles",
            ["personnes-vulnerables-isolees"], []),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Set<DirectoryService>().AnyAsync(s => s.PartnershipId == DemoData.Echirolles, ct))
        {
            return;
        }
        var institutions = await db.Set<Institution>().AsNoTracking().Where(i => i.PartnershipId == DemoData.Echirolles).ToDictionaryAsync(i => i.Name, i => i.Id, ct);
        var trail = new List<AuditEntry>();
        foreach (var seed in Services)
        {
            var name = DemoData.Institutions.Single(i => i.Key == seed.InstitutionKey).Name;
            if (!institutions.TryGetValue(name, out var institutionId))
            {
                continue;
            }
            var service = new DirectoryService
            {
                Id = Guid.NewGuid(),
                PartnershipId = DemoData.Echirolles,
                InstitutionId = institutionId,
                Name = seed.Name,
                Description = seed.Description,
                Phone = seed.Phone,
                Email = seed.Email,
                Address = seed.Address,
            };
            service.Territories.Add(new ServiceTerritory { Id = Guid.NewGuid(), ServiceId = service.Id, CommuneInsee = DemoData.EchirollesInsee });
            db.Add(service);
            trail.Add(new AuditEntry(AuditEventType.DirectoryServiceCreated, DemoData.Echirolles, null, "service", service.Id.ToString(), new { institutionId, demo = true }));
            db.AddRange(seed.Problems.Select(p => new Competence { Id = Guid.NewGuid(), PartnershipId = DemoData.Echirolles, ServiceId = service.Id, ProblemCode = p }));
            db.AddRange(seed.Presence.SelectMany(slot => slot.Days.Select(day => new PresenceSlot
            {
                Id = Guid.NewGuid(),
                PartnershipId = DemoData.Echirolles,
                ServiceId = service.Id,
                Day = day,
                Start = TimeOnly.Parse(slot.Start, System.Globalization.CultureInfo.InvariantCulture),
                End = TimeOnly.Parse(slot.End, System.Globalization.CultureInfo.InvariantCulture),
            })));
            if (seed.InstitutionKey == "echirolles")
            {
                db.AddRange(Rota(service.Id, seed.Phone));
            }
        }
        await audit.SaveWithAuditAsync(ct, [.. trail]);
    }

    /// <summary>A year of "cadre d'astreinte mairie": weeknights 18:00 → 08:00 and weekends Friday 18:00 → Monday 08:00, Paris time.</summary>
    private IEnumerable<OnCallShift> Rota(Guid serviceId, string phone)
    {
        var today = ParisTime.Today(clock);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
        for (var week = 0; week < 53; week++)
        {
            var start = monday.AddDays(7 * week);
            for (var d = 0; d < 4; d++)
            {
                yield return Shift(serviceId, phone, start.AddDays(d), start.AddDays(d + 1));
            }
            yield return Shift(serviceId, phone, start.AddDays(4), start.AddDays(7));
        }
    }

    private static OnCallShift Shift(Guid serviceId, string phone, DateOnly from, DateOnly to) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = DemoData.Echirolles,
        ServiceId = serviceId,
        Label = "Cadre d'astreinte mairie",
        Phone = phone,
        From = ParisTime.FromLocal(from.ToDateTime(new TimeOnly(18, 0))).ToUniversalTime(),
        To = ParisTime.FromLocal(to.ToDateTime(new TimeOnly(8, 0))).ToUniversalTime(),
    };
}
