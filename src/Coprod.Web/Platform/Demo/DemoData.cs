using Coprod.Web.Modules.Confidential.Domain;
using Coprod.Web.Modules.Directory.Domain;
using Coprod.Web.Modules.Partnerships.Domain;
using Coprod.Web.Platform.Auth;

namespace Coprod.Web.Platform.Demo;

/// <summary>The demo's fixed content: two partnerships of the Grenoble area and one account per role.</summary>
internal static class DemoData
{
    public static readonly Guid Metropole = Guid.Parse("0d6f3c52-5b7e-4b8e-9a51-3e1c2a000001");
    public static readonly Guid Echirolles = Guid.Parse("0d6f3c52-5b7e-4b8e-9a51-3e1c2a000002");

    public const string GrenobleInsee = "38185";
    public const string EchirollesInsee = "38151";
    public const string SaintMartinInsee = "38421";
    public const string MetropoleSiren = "200040715";

    /// <summary>The coordinator of both demo partnerships.</summary>
    public const string CoordinatorEmail = "coordination@demo.coprod.fr";

    public const string EducatorEmail = "educatrice@demo.coprod.fr";
    public const string MunicipalPoliceEmail = "police-municipale@demo.coprod.fr";

    /// <summary>The designated members of the demo's confidential working group (CONF-1).</summary>
    public static readonly string[] ConfidentialMembers = [CoordinatorEmail, EducatorEmail, MunicipalPoliceEmail];

    /// <summary>
    /// The one authenticator key (base32) of the confidential groups' members in the demo, published in the
    /// start-up banner and the README so that anyone can try the module. Demo only: the demo refuses Production.
    /// </summary>
    public const string ConfidentialTotpKey = "COPRODDEMOCONFIDENTIELDEMO234567";

    /// <summary>The categories the demo groups' charter allows (CONF-2).</summary>
    public static readonly InformationCategory[] ConfidentialCategories =
    [
        InformationCategory.FamilySituation, InformationCategory.Schooling, InformationCategory.SupportActions, InformationCategory.Offences,
    ];

    /// <summary>The rules of the demo groups' charter, after the Loire-Atlantique charter of shared information.</summary>
    public static readonly string[] ConfidentialRules =
    [
        "Seules les informations strictement utiles à l'aide apportée au mineur et à sa famille sont partagées, rien de plus.",
        "Les informations échangées restent dans le groupe : elles ne sont jamais transmises à des tiers ni utilisées à d'autres fins.",
        "La famille est informée du suivi, de ses motifs et de ses droits, et associée aux actions proposées, sauf si cela la met en danger.",
        "Chaque membre agit dans le respect de son secret professionnel et de sa déontologie ; nul n'est tenu de partager ce que sa mission lui interdit.",
        "Les informations relatives aux infractions ne sont inscrites que lorsqu'elles sont nécessaires à l'action, avec leur justification.",
        "Une situation close est archivée trois ans au plus, puis détruite ; tout est détruit au plus tard aux 25 ans de la personne suivie.",
        "Un manquement à la charte met fin à l'accès du membre.",
    ];

    public sealed record InstitutionSeed(string Key, string Name, InstitutionType Type, bool InMetropole, bool InEchirolles);

    public static readonly InstitutionSeed[] Institutions =
    [
        new("grenoble", "Ville de Grenoble", InstitutionType.Commune, true, false),
        new("echirolles", "Ville d'Échirolles", InstitutionType.Commune, true, true),
        new("smh", "Ville de Saint-Martin-d'Hères", InstitutionType.Commune, true, false),
        new("metropole", "Grenoble-Alpes Métropole", InstitutionType.Epci, true, false),
        new("prefecture", "Préfecture de l'Isère", InstitutionType.Prefecture, true, true),
        new("parquet", "Parquet du tribunal judiciaire de Grenoble", InstitutionType.Parquet, true, true),
        new("police-nationale", "Police nationale – circonscription de Grenoble", InstitutionType.PoliceNationale, true, true),
        new("police-municipale", "Police municipale d'Échirolles", InstitutionType.PoliceMunicipale, true, true),
        new("bailleur", "Bailleur social (démo)", InstitutionType.BailleurSocial, true, true),
        new("departement", "Département de l'Isère – prévention spécialisée", InstitutionType.PreventionSpecialisee, true, true),
        new("education", "Éducation nationale – DSDEN de l'Isère", InstitutionType.EducationNationale, true, true),
        new("mediation", "Service de médiation et correspondants de nuit (démo)", InstitutionType.Mediation, true, true),
        new("transport", "Réseau de transport de l'agglomération (démo)", InstitutionType.Transporteur, true, false),
    ];

    public sealed record AccountSeed(string Email, string DisplayName, string Description, PlatformRole PlatformRole, PartnershipRole? Role, string? InstitutionKey);

    public static readonly AccountSeed[] Accounts =
    [
        new(CoordinatorEmail, "Camille Coordination", "coordinatrice des deux partenariats", PlatformRole.None, PartnershipRole.Coordinateur, "echirolles"),
        new("maire@demo.coprod.fr", "Maire (démo)", "président(e)", PlatformRole.None, PartnershipRole.President, "echirolles"),
        new("prefecture@demo.coprod.fr", "Préfecture (démo)", "État, préfet", PlatformRole.None, PartnershipRole.Etat, "prefecture"),
        new("parquet@demo.coprod.fr", "Parquet (démo)", "État, procureur", PlatformRole.None, PartnershipRole.Parquet, "parquet"),
        new("police-nationale@demo.coprod.fr", "Police nationale (démo)", "partenaire", PlatformRole.None, PartnershipRole.Partenaire, "police-nationale"),
        new(MunicipalPoliceEmail, "Police municipale (démo)", "partenaire", PlatformRole.None, PartnershipRole.Partenaire, "police-municipale"),
        new("bailleur@demo.coprod.fr", "Bailleur social (démo)", "partenaire", PlatformRole.None, PartnershipRole.Partenaire, "bailleur"),
        new(EducatorEmail, "Éducatrice (démo)", "partenaire, prévention spécialisée", PlatformRole.None, PartnershipRole.Partenaire, "departement"),
        new("mediateur@demo.coprod.fr", "Médiateur (démo)", "agent de terrain", PlatformRole.None, PartnershipRole.Agent, "mediation"),
        new("departement@demo.coprod.fr", "Département (démo)", "niveau départemental (Isère)", PlatformRole.Departement, null, null),
        new("admin@demo.coprod.fr", "Administration (démo)", "administrateur de la plateforme", PlatformRole.Admin, null, null),
    ];
}
