using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Confidential.Protection;
using Coprod.Web.Platform.Audit;
using Coprod.Web.Platform.Data;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo's fictional cases (CONF-2, CONF-7), sealed with the module's cipher as the module seals them:
/// three in the working group (one archived, closed four months ago), one in the coordination; entries of
/// every kind, an action with its result, the record of how each family was informed. Every name and
/// address is obviously invented.
/// </summary>
internal sealed class DemoConfidentialCases(CoprodDbContext db, ConfidentialCipher cipher, AuditTrail audit, TimeProvider clock)
{
    public sealed record PersonSeed(PersonRole Role, string LastName, string FirstName, string? Address);

    public sealed record EntrySeed(EntryKind Kind, InformationCategory Category, int DaysAgo, string Text, string? Result = null, string? Justification = null,
        int? LastedDays = null, InformedHow? How = null);

    /// <summary>A case; the followed person is <see cref="Age"/> years old (born in <see cref="BirthMonth"/>); archived cases were closed four months ago.</summary>
    public sealed record CaseSeed(string Prefix, int Number, bool InCoordination, CaseOrigin Origin, string ReferentEmail, int Age, int BirthMonth, int OpenedMonthsAgo,
        bool Archived, SchoolOrWork Situation, string? SituationDetail, PersonSeed[] Persons, EntrySeed[] Entries);

    private const string Fictional = "(démo — personne fictive)";

    public static readonly CaseSeed[] Cases =
    [
        new("GOM", 1, false, CaseOrigin.EtablissementScolaire, DemoData.EducatorEmail, 14, 4, 5, false, SchoolOrWork.MiddleSchool,
            "Classe de 4e, absences répétées le lundi " + Fictional,
            [
                new(PersonRole.Followed, "Exemplaire", "Kélyan", "1 rue de l'Exemple, 38130 Échirolles"),
                new(PersonRole.LegalRepresentative, "Exemplaire", "Sandrine", "1 rue de l'Exemple, 38130 Échirolles"),
            ],
            [
                new(EntryKind.Information, InformationCategory.Schooling, 150, "Le collège signale quinze demi-journées d'absence depuis la rentrée."),
                new(EntryKind.FamilyInformed, InformationCategory.FamilySituation, 140,
                    "La mère a été reçue : elle sait que la situation est suivie par le groupe, par qui, et peut demander ce qui est noté.",
                    How: InformedHow.Interview),
                new(EntryKind.Action, InformationCategory.SupportActions, 120, "Inscription au club de boxe éducative du quartier, accompagnée par l'éducatrice.",
                    Result: "Présent chaque semaine depuis trois mois ; absences au collège divisées par trois.", LastedDays: 90),
                new(EntryKind.Note, InformationCategory.Schooling, 20, "Refaire le point avec le collège après les vacances."),
            ]),
        new("GOM", 2, false, CaseOrigin.PoliceMunicipale, DemoData.MunicipalPoliceEmail, 15, 9, 3, false, SchoolOrWork.DroppedOut, null,
            [
                new(PersonRole.Followed, "Fictivier", "Maëlysse", "12 allée des Imaginaires, 38130 Échirolles"),
                new(PersonRole.LegalRepresentative, "Fictivier", "Gontran", null),
            ],
            [
                new(EntryKind.Information, InformationCategory.Offences, 90, "Interpellée deux fois pour rodéo urbain en passagère, sans suite judiciaire à ce jour.",
                    Justification: "Le risque de mise en danger conditionne l'action proposée (prévention routière)."),
                new(EntryKind.FamilyInformed, InformationCategory.FamilySituation, 85, "Courrier au père expliquant le suivi, le groupe et ses droits.",
                    How: InformedHow.Letter),
                new(EntryKind.Action, InformationCategory.SupportActions, 60, "Stage de sécurité routière avec la police municipale et reprise de contact avec la mission locale."),
            ]),
        new("GOM", 3, false, CaseOrigin.Bailleur, DemoData.EducatorEmail, 17, 1, 14, true, SchoolOrWork.Apprenticeship, "Apprentissage en boulangerie " + Fictional,
            [new(PersonRole.Followed, "Imaginaire", "Nohéliau", "5 place de la Démonstration, 38130 Échirolles")],
            [
                new(EntryKind.FamilyInformed, InformationCategory.FamilySituation, 400, "Entretien au domicile avec le jeune et sa grand-mère, informés du suivi.",
                    How: InformedHow.HomeVisit),
                new(EntryKind.Action, InformationCategory.SupportActions, 380, "Recherche d'un contrat d'apprentissage avec la mission locale.",
                    Result: "Contrat signé ; plus aucun signalement du bailleur depuis six mois.", LastedDays: 150),
            ]),
        new("CO", 1, true, CaseOrigin.ServiceSocialDepartemental, DemoData.EducatorEmail, 12, 6, 2, false, SchoolOrWork.PrimarySchool, null,
            [
                new(PersonRole.Followed, "Modèlefictif", "Ysaline", "8 chemin du Cas d'École, 38130 Échirolles"),
                new(PersonRole.LegalRepresentative, "Modèlefictif", "Théobald", "8 chemin du Cas d'École, 38130 Échirolles"),
            ],
            [
                new(EntryKind.Information, InformationCategory.FamilySituation, 55, "Trois professionnels interviennent déjà : assistante sociale, éducatrice, infirmière scolaire."),
                new(EntryKind.FamilyInformed, InformationCategory.FamilySituation, 50, "Le père a été informé par téléphone de la coordination et de sa coordinatrice.",
                    How: InformedHow.Phone),
            ]),
    ];

    /// <summary>Every nominative or descriptive text of the demo's cases: what must never be found in clear in the database.</summary>
    public static IEnumerable<string> Texts => Cases.SelectMany(c =>
        c.Persons.SelectMany(p => new[] { p.LastName, p.FirstName, p.Address })
            .Concat(c.Entries.SelectMany(e => new[] { e.Text, e.Result, e.Justification }))
            .Append(c.SituationDetail))
        .OfType<string>().Distinct();

    public async Task SeedAsync(ConfidentialGroup group, ConfidentialGroup coordination, IReadOnlyDictionary<string, Guid> people, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ParisTime.DateOf(now);
        var trail = new List<AuditEntry>();
        foreach (var seed in Cases)
        {
            var inGroup = seed.InCoordination ? coordination : group;
            var referent = people[seed.ReferentEmail];
            var born = new DateOnly(today.Year - seed.Age, seed.BirthMonth, 15);
            var id = Guid.NewGuid();
            var closedOn = seed.Archived ? today.AddMonths(-4) : (DateOnly?)null;
            db.Add(new ConfidentialCase
            {
                Id = id,
                GroupId = inGroup.Id,
                PartnershipId = DemoData.Echirolles,
                Reference = $"{seed.Prefix}-{today.AddMonths(-seed.OpenedMonthsAgo).Year}-{seed.Number:D3}",
                Status = seed.Archived ? CaseStatus.Archived : CaseStatus.Active,
                OpenedOn = today.AddMonths(-seed.OpenedMonthsAgo),
                Origin = seed.Origin,
                ReferentUserId = referent,
                ClosedOn = closedOn,
                ArchiveUntil = closedOn?.AddYears(ConfidentialLimits.ArchiveYears),
                DestroyBy = new DateOnly(born.Year + ConfidentialLimits.DestroyAge, born.Month, 1),
                SealedRecord = cipher.Seal(id, new CaseRecord(
                    [.. seed.Persons.Select(p => new CasePerson(p.Role, p.LastName, p.FirstName, p.Role == PersonRole.Followed ? born : null, p.Address))],
                    seed.Situation, seed.SituationDetail)),
                CreatedBy = referent,
                CreatedAt = now.AddMonths(-seed.OpenedMonthsAgo),
            });
            trail.Add(Event(AuditEventType.ConfidentialCaseOpened, referent, id, new { groupId = inGroup.Id }));
            foreach (var entry in seed.Entries)
            {
                var entryId = Guid.NewGuid();
                var on = today.AddDays(-entry.DaysAgo);
                db.Add(new CaseEntry
                {
                    Id = entryId,
                    CaseId = id,
                    Kind = entry.Kind,
                    Category = entry.Category,
                    AuthorUserId = referent,
                    CreatedAt = now.AddDays(-entry.DaysAgo),
                    SealedContent = cipher.Seal(id, new EntryContent(entry.Text,
                        StartsOn: entry.Kind == EntryKind.Action ? on : null,
                        EndsOn: entry.LastedDays is { } days ? on.AddDays(days) : null,
                        Result: entry.Result,
                        Justification: entry.Justification,
                        InformedOn: entry.Kind == EntryKind.FamilyInformed ? on : null,
                        InformedBy: entry.Kind == EntryKind.FamilyInformed ? referent : null,
                        How: entry.How)),
                });
                trail.Add(Event(AuditEventType.ConfidentialEntryAdded, referent, id, new { groupId = inGroup.Id, entryId }));
            }
            if (seed.Archived)
            {
                trail.Add(Event(AuditEventType.ConfidentialCaseClosed, referent, id, new { groupId = inGroup.Id }));
            }
        }
        await audit.SaveWithAuditAsync(ct, [.. trail]);
    }

    private static AuditEntry Event(AuditEventType type, Guid actor, Guid caseId, object details) =>
        new(type, DemoData.Echirolles, actor, "ConfidentialCase", caseId.ToString(), details);
}
