namespace Coprod.Web.Modules.Privacy.Domain;

/// <summary>
/// The small closed sets of French words the detectors read around a capitalised word, all
/// normalised (lower case, no accents): titles, words announcing a person, words announcing a
/// place, determiners, name particles.
/// </summary>
public static class FrenchCues
{
    /// <summary>Civil and professional titles that announce a person: "M.", "Mme", "Maître"…</summary>
    public static readonly HashSet<string> Titles =
    [
        "m", "mme", "mmes", "mlle", "mlles", "mr", "mm", "monsieur", "madame", "mademoiselle", "messieurs", "mesdames",
        "me", "maitre", "dr", "docteur", "docteure", "pr",
    ];

    /// <summary>Words that, just before a capitalised word, say it names a person: "le jeune", "la famille", "son fils"…</summary>
    public static readonly HashSet<string> PersonCues =
    [
        "jeune", "jeunes", "petit", "petite", "frere", "freres", "soeur", "soeurs", "famille", "familles", "fils", "fille",
        "cousin", "cousine", "oncle", "tante", "mere", "pere", "mari", "epouse", "epoux", "compagnon", "compagne", "ex",
        "voisin", "voisine", "temoin", "requerant", "requerante", "conducteur", "conductrice", "auteur", "auteure", "victime",
        "nomme", "nommee", "denomme", "denommee", "prenomme", "prenommee", "appelle", "neveu", "niece", "gamin", "gamine",
        "enfant", "maman", "papa", "fiance", "fiancee", "suis", "grand-mere", "grand-pere", "beau-frere", "belle-soeur",
        "locataire", "proprietaire", "eleve", "collegien", "collegienne", "lyceen", "lyceenne", "mineur", "mineure", "majeur",
    ];

    /// <summary>Ranks and functions written before a surname: "le brigadier-chef Ramos", "le lieutenant Martin".</summary>
    public static readonly HashSet<string> Ranks =
    [
        "brigadier", "brigadier-chef", "lieutenant", "capitaine", "commandant", "commissaire", "adjudant", "adjudant-chef",
        "gendarme", "major", "sergent", "caporal", "colonel", "gardien", "gardienne", "policier", "policiere", "agent", "agente", "educateur",
        "educatrice", "mediateur", "mediatrice", "assistante", "infirmiere", "infirmier", "professeur", "professeure",
        "principal", "principale", "proviseur", "proviseure", "directeur", "directrice", "referent", "referente",
        "lieutenante", "commandante", "adjudante", "brigadiere", "cheffe", "surveillant", "surveillante",
        "animateur", "animatrice", "concierge", "correspondant", "correspondante", "veilleur", "veilleuse",
    ];

    /// <summary>Words that, after a name and a comma or bracket, say it is someone: "Pierre, élève de 3e", "Rémi (gardien)".</summary>
    public static readonly HashSet<string> RolesAfter =
    [
        "eleve", "gardien", "gardienne", "mediateur", "mediatrice", "locataire", "commercant", "commercante", "habitant",
        "habitante", "voisin", "voisine", "mere", "pere", "directeur", "directrice", "principal", "principale", "educateur",
        "educatrice", "referent", "referente", "president", "presidente", "gerant", "gerante", "infirmiere", "infirmier",
        "animateur", "animatrice", "agent", "responsable", "benevole", "coordinateur", "coordinatrice", "coordonnateur",
        "coordonnatrice", "adjoint", "adjointe", "proprietaire", "temoin", "victime", "auteur", "frere", "soeur", "fils",
        "fille", "epouse", "mari", "compagnon", "compagne", "adulte-relais", "veilleur", "chauffeur", "conducteur",
        "conductrice", "stagiaire", "collegien", "collegienne", "lyceen", "lyceenne", "retraite", "retraitee", "militante",
        "militant", "delegue", "deleguee", "representant", "representante", "salarie", "salariee", "employe", "employee",
        "assistante", "assistant", "professeur", "professeure", "enseignant", "enseignante", "cpe", "avocat", "avocate",
    ];

    /// <summary>Months, days and holidays: "8 Mai 1945", "depuis Noël" are dates, never a name alone.</summary>
    public static readonly HashSet<string> CalendarWords =
    [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "noel", "paques", "toussaint", "pentecote",
        "ascension", "ramadan", "aid", "hanoucca", "nouvel", "reveillon",
    ];

    /// <summary>Words of organisation names: "France Travail", "Secours populaire", "Mission locale" are no people.</summary>
    public static readonly HashSet<string> OrganisationWords =
    [
        "travail", "services", "service", "victimes", "habitat", "emploi", "mediation", "solidarite", "solidarites",
        "jeunesse", "sante", "sport", "sports", "culture", "prevention", "securite", "police", "justice", "gendarmerie",
        "mairie", "ville", "conseil", "departement", "region", "prefecture", "education", "nationale", "national",
        "republique", "etat", "caf", "cpam", "urssaf", "mission", "locale", "secours", "populaire", "catholique",
        "croix-rouge", "restos", "emmaus", "logement", "office", "agence", "direction", "bureau", "cabinet", "equipe",
        "atelier", "collectif", "reseau", "federation", "union", "syndicat", "comite", "ligue", "entreprise", "societe",
        "transports", "metropole", "communaute", "tribunal", "parquet", "prefet", "prefete", "insertion", "formation",
        "actions", "action", "initiative", "initiatives", "avenir", "citoyennete", "citoyen", "citoyens", "familles",
        "bleu", "televisions", "info", "inter", "universite", "academie", "rectorat", "hopital", "chu", "fondation",
    ];

    /// <summary>Car makes and models: "Clio grise", "Twingo rouge" are cars.</summary>
    public static readonly HashSet<string> Cars =
    [
        "clio", "twingo", "megane", "scenic", "kangoo", "captur", "sandero", "logan", "duster", "yaris", "corsa", "fiesta",
        "focus", "punto", "panda", "micra", "golf", "polo", "tiguan", "qashqai", "juke", "kadjar", "berlingo", "xsara",
        "saxo", "picasso", "partner", "transit", "trafic", "master", "jumpy", "ducato", "c3", "c4", "c5", "t-max", "tmax",
        "peugeot", "renault", "citroen", "dacia", "toyota", "volkswagen", "audi", "bmw", "opel", "ford", "fiat", "nissan",
        "seat", "skoda", "kia", "hyundai", "tesla", "smart", "mini", "vespa", "yamaha", "honda", "suzuki", "kawasaki",
    ];

    /// <summary>Person cues too loose to make any capitalised word a name ("je suis Responsable"): they need a known name.</summary>
    public static readonly HashSet<string> WeakPersonCues =
    [
        "suis", "appelle", "jeunes", "enfant", "eleve", "locataire", "proprietaire", "victime", "auteur", "auteure", "mineur",
        "mineure", "majeur", "chez", "avec", "par", "selon", "contacter", "appeler", "rappeler", "prevenir",
    ];

    /// <summary>Words naming a kind of street, building or public place: what follows is a place name ("collège Jean Moulin").</summary>
    public static readonly HashSet<string> PlaceWords =
    [
        "rue", "avenue", "av", "bd", "boulevard", "allee", "impasse", "chemin", "place", "square", "parc", "jardin", "jardins",
        "stade", "gymnase", "college", "lycee", "ecole", "ecoles", "mediatheque", "bibliotheque", "ludotheque", "salle", "centre",
        "maison", "residence", "cite", "quartier", "quartiers", "secteur", "arret", "station", "quai", "cours", "passage",
        "voie", "route", "pont", "tour", "tours", "galerie", "espace", "complexe", "piscine", "foyer", "creche", "hopital",
        "clinique", "halle", "marche", "parvis", "promenade", "esplanade", "rond-point", "carrefour", "pole", "institut",
        "lieu-dit", "hameau", "lotissement", "montee", "sentier", "faubourg", "port", "gare", "musee", "theatre", "cinema",
        "eglise", "mosquee", "synagogue", "temple", "cathedrale", "boulodrome", "dojo", "club", "association", "amicale",
        "fondation", "caserne", "universite", "campus", "mjc", "ehpad", "groupe", "ligne", "boulevards", "rues", "avenues",
        "tram", "metro", "patinoire", "skatepark", "terrain", "city-stade", "plateau", "zone", "zac", "ilot", "immeuble",
        "batiment", "bat", "entree", "allees", "impasses",
        // Named things, not places, read the same way: "carte Vitale", "plan Vigipirate", "opération Tranquillité".
        "carte", "pass", "plan", "operation", "dispositif", "programme", "label", "prix", "trophee", "festival", "fete",
        "journee", "semaine", "salon", "tournoi", "coupe", "challenge", "projet", "fonds", "loi", "decret", "circulaire", "colline", "vallee", "domaine", "village", "bourg",
    ];

    /// <summary>Words that may sit between a place word and the name it carries: "centre social", "arrêt de tram", "rue du Général".</summary>
    public static readonly HashSet<string> PlaceModifiers =
    [
        "de", "du", "des", "d'", "la", "le", "les", "l'", "maternelle", "elementaire", "primaire", "social", "sociale",
        "municipal", "municipale", "municipaux", "sportif", "sportive", "culturel", "culturelle", "commercial", "commerciale",
        "omnisports", "scolaire", "intercommunal", "intercommunale", "public", "publique", "prive", "privee", "professionnel",
        "tram", "bus", "metro", "general", "marechal", "president", "docteur", "abbe", "saint", "sainte", "nouveau", "nouvelle",
        "vieux", "vieille", "grand", "grande", "petit", "petite", "haut", "haute", "bas", "basse", "aquatique", "nautique",
        // Complements of a place's kind: "maison des familles", "centre de loisirs", "salle des fêtes", "espace jeunes".
        "loisirs", "familles", "famille", "jeunes", "fetes", "arts", "associations", "solidarite", "solidarites", "enfance",
        "citoyennete", "culture", "sante", "emploi", "droit", "justice", "insertion", "proximite", "services", "enfants",
        "parents", "seniors", "retraites", "sports", "jeunesse", "quartier", "ville", "initiatives", "metiers",
    ];

    /// <summary>Determiners: "la Clio", "le Mistral", "une Zoé" are things, not people.</summary>
    public static readonly HashSet<string> Determiners =
    [
        "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "sa", "son", "ses",
        "ma", "mon", "mes", "ta", "ton", "tes", "notre", "nos", "votre", "vos", "leur", "leurs",
    ];

    /// <summary>Lower-case particles inside a name: "Pierre de Coubertin", "Youssef el Amrani", "Ahmed ben Salah".</summary>
    public static readonly HashSet<string> Particles =
    [
        "de", "du", "des", "d'", "da", "das", "dos", "do", "van", "von", "der", "den", "el", "al", "ben", "bin", "ibn",
        "ould", "ait", "la", "le", "di", "del", "della",
    ];

    /// <summary>Capitalised words that start sentences and never are names: they stop an initial ("Plan B. Les…").</summary>
    public static readonly HashSet<string> FunctionWords =
    [
        "le", "la", "les", "l'", "un", "une", "des", "du", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'",
        "ce", "cet", "cette", "ces", "pas", "en", "et", "ou", "mais", "donc", "car", "puis", "a", "au", "aux", "de", "d'",
        "sur", "dans", "par", "pour", "avec", "sans", "vers", "chez", "apres", "avant", "rien", "ras", "tout", "tous",
    ];
}
