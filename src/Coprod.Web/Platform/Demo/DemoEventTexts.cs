namespace Coprod.Web.Platform.Demo;

/// <summary>
/// Short anonymous descriptions of the demo events, as partners write them: what happened and where,
/// never who (PRIV-1: every one of them passes the privacy guard). <c>{lieu}</c> is the kind of place.
/// </summary>
internal static class DemoEventTexts
{
    private static readonly Dictionary<SpotKind, string[]> Places = new()
    {
        [SpotKind.Hall] = ["dans le hall", "dans un hall d'immeuble", "devant l'entrée de l'immeuble", "dans les parties communes", "au pied de la tour"],
        [SpotKind.Parking] = ["sur le parking", "sur le parking de la résidence", "dans le parking souterrain", "près des garages"],
        [SpotKind.Place] = ["sur la place", "sur l'esplanade", "près des commerces", "devant le centre social"],
        [SpotKind.Arret] = ["à l'arrêt de tram", "près de l'arrêt de bus", "aux abords de la station"],
        [SpotKind.Voirie] = ["sur l'avenue", "dans la rue principale du quartier", "sur le boulevard", "au rond-point"],
        [SpotKind.Parc] = ["dans le parc", "près de l'aire de jeux", "au city-stade", "le long des pelouses"],
    };

    private static readonly Dictionary<string, string[]> ByCategory = new()
    {
        ["degradation"] =
        [
            "Boîtes aux lettres arrachées {lieu}.", "Porte d'accès forcée {lieu}, serrure hors service.", "Vitre brisée {lieu}.",
            "Éclairage vandalisé {lieu}, le secteur est dans le noir.", "Mobilier urbain endommagé {lieu}.", "Interphone arraché {lieu}.",
            "Caméra de vidéoprotection dégradée {lieu}.",
        ],
        ["incendie"] =
        [
            "Feu de poubelle {lieu}, éteint par les pompiers.", "Véhicule incendié {lieu}.", "Départ de feu dans un local à poubelles {lieu}.",
            "Scooter brûlé {lieu}.", "Conteneur incendié {lieu}, fumée importante.",
        ],
        ["rodeo"] =
        [
            "Rodéo de motos {lieu}, passages répétés à grande vitesse.", "Quads et motos cross {lieu}, riverains excédés.",
            "Rodéo urbain {lieu}, plusieurs deux-roues sans plaque.", "Roues arrière et accélérations {lieu} pendant plus d'une heure.",
            "Motos non homologuées {lieu}, danger pour les piétons.",
        ],
        ["regroupement"] =
        [
            "Regroupement d'une quinzaine de jeunes {lieu}.", "Groupe installé {lieu} avec musique forte.",
            "Rassemblement tardif {lieu}, quelques tensions avec les passants.", "Une dizaine de personnes regroupées {lieu}, consommation d'alcool.",
        ],
        ["occupation-hall"] =
        [
            "Occupation du hall par un groupe, passage difficile pour les habitants.", "Hall occupé toute la soirée, bouteilles et déchets laissés sur place.",
            "Groupe assis dans la cage d'escalier, odeur de cannabis signalée par les habitants.", "Occupation des parties communes, chaises installées {lieu}.",
            "Hall occupé, les locataires n'osent plus rentrer.",
        ],
        ["violence"] =
        [
            "Agression d'un passant {lieu}, victime prise en charge par les secours.", "Coups échangés {lieu}, une personne légèrement blessée.",
            "Menaces avec une arme blanche {lieu}.", "Agression d'un agent {lieu}.", "Violences verbales et physiques {lieu} en fin de soirée.",
        ],
        ["trafic"] =
        [
            "Point de deal actif {lieu}, allées et venues constantes.", "Guetteurs postés {lieu}.",
            "Transactions observées {lieu}, clients venant de l'extérieur.", "Installation d'un point de vente {lieu}, habitants inquiets.",
        ],
        ["incivilite"] =
        [
            "Crachats et insultes envers les usagers {lieu}.", "Stationnement gênant répété {lieu}.", "Fraude et comportement agressif {lieu}.",
            "Jets de déchets depuis les fenêtres {lieu}.", "Comportement irrespectueux envers un conducteur {lieu}.",
        ],
        ["tension"] =
        [
            "Conflit de voisinage {lieu}, échanges verbaux vifs.", "Tension entre deux groupes {lieu}, médiation en cours.",
            "Altercation entre voisins au sujet du bruit.", "Climat tendu {lieu} après un incident la veille.",
            "Dispute entre habitants {lieu}, apaisée par les médiateurs.",
        ],
        ["nuisance-sonore"] =
        [
            "Musique très forte {lieu} après minuit.", "Cris et klaxons {lieu} en pleine nuit.", "Fête improvisée {lieu}, nombreux appels de riverains.",
            "Nuisances sonores répétées {lieu}.",
        ],
        ["tags"] = ["Tags sur les murs {lieu}.", "Graffitis insultants {lieu}.", "Nouveaux tags {lieu}, nettoyage demandé.", "Inscriptions à la peinture {lieu}."],
        ["depot-sauvage"] = ["Dépôt d'encombrants {lieu}.", "Sacs d'ordures abandonnés {lieu}.", "Gravats déposés {lieu}.", "Matelas et meubles abandonnés {lieu}."],
        ["vol"] =
        [
            "Vol à l'arraché {lieu}.", "Vol de scooter {lieu}.", "Cave fracturée et objets volés.", "Vol dans un véhicule {lieu}, vitre brisée.",
            "Tentative de cambriolage signalée {lieu}.",
        ],
        ["rixe"] =
        [
            "Rixe entre deux groupes {lieu}, une dizaine de personnes.", "Bagarre {lieu}, dispersion à l'arrivée de la police.",
            "Affrontement entre jeunes de deux quartiers {lieu}.",
        ],
        ["autre"] =
        [
            "Personne en détresse {lieu}, orientée vers les services sociaux.", "Chien dangereux non tenu en laisse {lieu}.",
            "Objet suspect signalé {lieu}, périmètre de sécurité.",
        ],
    };

    /// <summary>New Year's Eve: the vehicle fires of the night.</summary>
    public static readonly string[] NewYearFires =
    [
        "Véhicule incendié {lieu} pendant la nuit du Nouvel An.", "Deux voitures brûlées {lieu}, intervention des pompiers.",
        "Feu de véhicule {lieu}, tirs de mortiers d'artifice signalés.", "Voiture en feu {lieu} peu après minuit.",
    ];

    /// <summary>A quartier heating up: partners say it is getting worse.</summary>
    private static readonly Dictionary<string, string[]> Escalation = new()
    {
        ["degradation"] = ["Encore des dégradations {lieu}, plusieurs fois cette semaine.", "Nouvelles dégradations {lieu}, les réparations de la veille déjà cassées."],
        ["occupation-hall"] = ["Hall à nouveau occupé, la situation s'aggrave depuis quelques jours.", "Occupation du hall chaque soir cette semaine, les habitants excédés."],
        ["tension"] = ["Tensions persistantes {lieu} depuis plusieurs soirs.", "Les habitants signalent une dégradation rapide du climat {lieu}."],
    };

    /// <summary>Every template, for the privacy test.</summary>
    public static IEnumerable<string> AllTemplates => ByCategory.Values.Concat(Escalation.Values).SelectMany(t => t).Concat(NewYearFires);

    /// <summary>Every phrase a place can become.</summary>
    public static IEnumerable<string> AllPlaces => Places.Values.SelectMany(p => p).Append(Elsewhere);

    private const string Elsewhere = "dans le secteur";

    public static string[] For(string category) => ByCategory[category];

    /// <summary>What partners write when a quartier heats up, for the categories that heat (and the ordinary ones).</summary>
    public static string[] Escalating(string category) => [.. Escalation[category], .. ByCategory[category]];

    /// <summary>The template with its place: the kind of spot, or none for an event given only by its commune.</summary>
    public static string Write(string template, SpotKind? spot, DemoRandom random) =>
        template.Replace("{lieu}", spot is { } kind ? random.Pick(Places[kind]) : Elsewhere, StringComparison.Ordinal);
}
