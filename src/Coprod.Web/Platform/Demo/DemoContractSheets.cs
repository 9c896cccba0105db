using Coprod.Web.Modules.Contract.Domain;

namespace Coprod.Web.Platform.Demo;

/// <summary>An indicator of a demo sheet; <see cref="Pace"/> is how far toward its target the demo's values go by now (1: on track, negative: the wrong way).</summary>
internal sealed record DemoIndicator(IndicatorKind Kind, string Name, string Unit, string Source, decimal Baseline, decimal? Target, IndicatorFrequency Frequency,
    double Pace, string? EventCategory = null);

/// <summary>
/// A demo action sheet: institutions by their demo key, milestones in months after the contract's
/// start (reached when <c>Done</c>), <see cref="Adopted"/> false for the vague ones the precision check flags.
/// </summary>
internal sealed record DemoSheet(int Priority, string Title, string Objective, string? Public, string[] Communes, string? Pilot, string[] CoPartners, string? Content,
    decimal? Cost, (string Funder, decimal Amount)[] Funding, (string Label, int Month, bool Done)[] Milestones, DemoIndicator[] Indicators, bool Adopted = true);

/// <summary>
/// The demo STSPD's priorities and twelve sheets, ordered by theme: most precise (a figure in the
/// objective, a calendar, a cost funded in full, a pilot, result indicators with baseline and target),
/// three vague drafts as the seeds describe them (« renforcer », « favoriser », « améliorer », no
/// figure, no indicator, one institution alone), and one complete sheet carried by one institution
/// alone (the « catalogue » warning).
/// </summary>
internal static class DemoContractSheets
{
    public static readonly (string Title, string Description)[] Priorities =
    [
        ("Prévenir la délinquance des jeunes", "Agir tôt auprès des collégiens exposés et des jeunes en rupture."),
        ("Protéger les personnes vulnérables et aider les victimes", "Violences intrafamiliales, accès aux droits, accompagnement des victimes."),
        ("Tranquillité publique et sécurité du quotidien", "Halls, rodéos motorisés, médiation de soirée, transports."),
        ("Gouvernance et pilotage du partenariat", "Partager les données, suivre le contrat, rendre compte."),
    ];

    private static DemoIndicator Result(string name, string unit, string source, decimal baseline, decimal target, double pace,
        IndicatorFrequency frequency = IndicatorFrequency.Quarterly, string? category = null) =>
        new(IndicatorKind.Result, name, unit, source, baseline, target, frequency, pace, category);

    private static DemoIndicator Execution(string name, string unit, string source, decimal target, double pace) =>
        new(IndicatorKind.Execution, name, unit, source, 0, target, IndicatorFrequency.Quarterly, pace);

    public static readonly DemoSheet[] Sheets =
    [
        new(0, "Prévention des exclusions au collège",
            "Réduire de 25 % les exclusions temporaires de plus de trois jours dans les quatre collèges des quartiers prioritaires d'ici juin de la troisième année.",
            "Collégiens de 11 à 15 ans exclus ou menacés d'exclusion", ["echirolles", "grenoble"], "education", ["departement", "echirolles"],
            "Accueil des élèves exclus dans un dispositif éducatif le jour même ; entretien avec la famille ; retour accompagné au collège.",
            45_000m, [("FIPD", 20_000m), ("metropole", 15_000m), ("education", 10_000m)],
            [("Convention avec les quatre collèges", 3, true), ("Premier bilan avec les chefs d'établissement", 12, true), ("Évaluation finale", 33, false)],
            [Result("Exclusions temporaires de plus de trois jours", "exclusions", "Éducation nationale – DSDEN", 160, 120, 0.9, IndicatorFrequency.HalfYearly),
             Execution("Élèves accueillis le jour de l'exclusion", "élèves", "Prévention spécialisée", 90, 1.0)]),
        new(0, "Chantiers éducatifs d'été",
            "Proposer chaque été 60 places de chantiers éducatifs rémunérés à des jeunes de 16 à 20 ans repérés par la prévention spécialisée.",
            "Jeunes de 16 à 20 ans sans activité", ["echirolles", "smh"], "departement", ["bailleur", "smh", "echirolles"],
            "Chantiers de rénovation de halls et d'espaces extérieurs avec le bailleur, encadrés par des éducateurs.",
            72_000m, [("departement", 36_000m), ("bailleur", 24_000m), ("FIPD", 12_000m)],
            [("Choix des chantiers avec le bailleur", 4, true), ("Premier été de chantiers", 7, true), ("Deuxième été de chantiers", 19, true)],
            [Result("Jeunes en emploi ou formation six mois après le chantier", "%", "Mission locale", 30, 50, 0.7, IndicatorFrequency.Yearly),
             Execution("Places de chantiers pourvues", "places", "Prévention spécialisée", 60, 0.95)]),
        new(0, "Prévention auprès des jeunes",
            "Renforcer la prévention auprès des jeunes des quartiers.",
            null, [], "departement", [], "Actions de prévention spécialisée habituelles.",
            null, [], [], [], Adopted: false),
        new(1, "Repérage et orientation des victimes de violences intrafamiliales",
            "Porter à 90 % la part des victimes de violences intrafamiliales orientées vers un accompagnement dans les 48 heures suivant la plainte.",
            "Victimes de violences conjugales et intrafamiliales", [], "police-nationale", ["parquet", "departement", "prefecture"],
            "Fiche de liaison plainte – intervenant social en commissariat ; permanence d'une association d'aide aux victimes.",
            38_000m, [("FIPD", 28_000m), ("metropole", 10_000m)],
            [("Intervenant social en commissariat recruté", 2, true), ("Protocole signé avec le parquet", 6, true), ("Bilan à mi-parcours", 18, true)],
            [Result("Victimes orientées dans les 48 heures", "%", "Intervenant social en commissariat", 55, 90, 0.85)]),
        new(1, "Accueil et accompagnement des victimes",
            "Réduire à 10 jours le délai moyen entre le premier contact et le premier rendez-vous d'accompagnement d'une victime.",
            "Victimes d'infractions", ["grenoble", "echirolles", "smh"], "parquet", ["police-nationale", "police-municipale"],
            "Permanences d'accueil dans les trois communes et ligne téléphonique commune.",
            24_000m, [("FIPD", 24_000m)],
            [("Ouverture des permanences", 3, true), ("Ligne téléphonique commune", 24, false)],
            [Result("Délai moyen avant le premier rendez-vous", "jours", "Association d'aide aux victimes", 24, 10, 0.6)]),
        new(1, "Accès aux droits",
            "Favoriser l'accès aux droits des habitants.",
            null, [], "grenoble", [], null,
            null, [], [("Réunion de lancement", 2, false)], [], Adopted: false),
        new(2, "Occupation des halls d'immeubles",
            "Réduire de 30 % les signalements d'occupation de halls dans les résidences du bailleur à Échirolles en trois ans.",
            "Locataires et jeunes occupant les halls", ["echirolles"], "bailleur", ["police-municipale", "mediation", "echirolles"],
            "Présence des médiateurs en soirée, réponse coordonnée bailleur – police municipale, travaux d'éclairage et de contrôle d'accès.",
            90_000m, [("bailleur", 50_000m), ("echirolles", 25_000m), ("FIPD", 15_000m)],
            [("Diagnostic des halls prioritaires", 3, true), ("Travaux d'éclairage et d'accès", 12, true), ("Évaluation", 30, false)],
            [Result("Signalements d'occupation de halls", "signalements", "Module événements de Coprod", 110, 77, 0.5, category: "occupation-hall"),
             Execution("Halls équipés (éclairage, contrôle d'accès)", "halls", "Bailleur social", 24, 0.8)]),
        new(2, "Rodéos motorisés",
            "Diviser par deux le nombre de rodéos motorisés signalés l'été à Villeneuve et Essarts – Surieux d'ici la troisième année.",
            "Habitants riverains ; auteurs de rodéos", ["grenoble", "echirolles"], "police-municipale", ["police-nationale", "parquet", "mediation"],
            "Opérations coordonnées police nationale – police municipale, saisies, rappels à la loi, aménagements anti-rodéos.",
            60_000m, [("echirolles", 30_000m), ("grenoble", 30_000m)],
            [("Plan d'action estival", 5, true), ("Aménagements anti-rodéos", 22, false)],
            [Result("Rodéos signalés (trimestre)", "signalements", "Module événements de Coprod", 30, 15, -0.3, category: "rodeo")]),
        new(2, "Médiation sociale de soirée",
            "Assurer 5 soirées de médiation par semaine dans les six quartiers prioritaires toute l'année, et résoudre sur place 70 % des situations de tension.",
            "Habitants des quartiers prioritaires", ["grenoble", "echirolles", "smh"], "mediation", ["bailleur", "echirolles", "grenoble", "transport"],
            "Équipes de médiateurs et correspondants de nuit, en lien avec le bailleur et le réseau de transport.",
            180_000m, [("metropole", 90_000m), ("bailleur", 40_000m), ("FIPD", 30_000m), ("transport", 20_000m)],
            [("Recrutement de deux médiateurs", 2, true), ("Extension au réseau de transport", 10, true)],
            [Result("Tensions résolues sur place", "%", "Service de médiation", 50, 70, 1.0), Execution("Soirées de médiation par semaine", "soirées", "Service de médiation", 5, 1.0)]),
        new(2, "Tranquillité dans les transports",
            "Améliorer la tranquillité dans les transports en commun.",
            "Voyageurs", [], "transport", [], null,
            null, [], [("Réunion avec le transporteur", 4, false)],
            [new(IndicatorKind.Result, "Incivilités dans les transports", "faits", "Transporteur", 0, null, IndicatorFrequency.Quarterly, 0)], Adopted: false),
        new(3, "Tableau de bord partagé du CISPD",
            "Publier chaque trimestre un tableau de bord partagé alimenté par au moins 8 des 13 institutions membres.",
            "Membres du CISPD", [], "metropole", ["prefecture", "police-nationale", "police-municipale", "bailleur"],
            "Saisie des indicateurs par chaque partenaire dans Coprod ; revue en groupe technique de suivi.",
            15_000m, [("metropole", 15_000m)],
            [("Choix des indicateurs", 2, true), ("Premier tableau de bord", 4, true), ("Bilan annuel", 12, true)],
            [Result("Institutions qui alimentent le tableau de bord", "institutions", "Coprod", 3, 8, 0.75), Execution("Tableaux de bord publiés", "tableaux", "Coprod", 12, 0.6)]),
        new(3, "Vidéoprotection des espaces publics",
            "Raccorder 40 caméras supplémentaires au centre de supervision urbain de Grenoble avant la fin de la deuxième année.",
            "Espaces publics de Grenoble", ["grenoble"], "grenoble", [],
            "Étude d'implantation, marché, travaux de raccordement.",
            400_000m, [("grenoble", 240_000m), ("FIPD", 160_000m)],
            [("Étude d'implantation", 4, true), ("Marché attribué", 9, true), ("Caméras raccordées", 24, false)],
            [Result("Caméras raccordées", "caméras", "Ville de Grenoble", 0, 40, 0.55), Execution("Part du budget engagée", "%", "Ville de Grenoble", 100, 0.7)]),
    ];
}
