using Coprod.Web.Modules.Directory.Domain;

namespace Coprod.Web.Modules.Governance.Domain;

/// <summary>A member a template suggests: every institution of this type in the partnership.</summary>
public sealed record SuggestedMember(InstitutionType Type, bool ByRight, string? LegalBasis);

/// <summary>A ready-made body: its kind, name, purpose and the institutions usually sitting in it (GOV-1).</summary>
public sealed record BodyTemplate(string Key, BodyKind Kind, string Name, string Purpose, IReadOnlyList<SuggestedMember> Members);

/// <summary>
/// The usual bodies of a CLSPD. The legal bases are texts shown to the users; they were written
/// from the code de la sécurité intérieure as of 2024 and are edited per member when the law changes.
/// </summary>
public static class BodyTemplates
{
    public const string ClspdComposition = "Code de la sécurité intérieure, art. D132-8";
    public const string PlenaryMeetings = "Code de la sécurité intérieure, art. D132-7 à D132-10";

    private static readonly SuggestedMember[] ByRightOfPlenary =
    [
        new(InstitutionType.Commune, true, ClspdComposition + " (le maire, président)"),
        new(InstitutionType.Prefecture, true, ClspdComposition + " (le préfet ou son représentant)"),
        new(InstitutionType.Parquet, true, ClspdComposition + " (le procureur de la République ou son représentant)"),
    ];

    public static readonly IReadOnlyList<BodyTemplate> All =
    [
        new("pleniere", BodyKind.Plenary, "Séance plénière du CLSPD",
            "Réunion annuelle de l'ensemble des membres : état de la délinquance, bilan et orientations de la stratégie territoriale.",
            [.. ByRightOfPlenary,
                new(InstitutionType.PoliceNationale, false, ClspdComposition), new(InstitutionType.Gendarmerie, false, ClspdComposition),
                new(InstitutionType.ConseilDepartemental, false, ClspdComposition), new(InstitutionType.EducationNationale, false, ClspdComposition),
                new(InstitutionType.BailleurSocial, false, ClspdComposition), new(InstitutionType.Transporteur, false, ClspdComposition),
                new(InstitutionType.Association, false, ClspdComposition)]),
        new("formation-restreinte", BodyKind.RestrictedFormation, "Formation restreinte",
            "Suivi opérationnel de la stratégie entre deux séances plénières.",
            [.. ByRightOfPlenary, new(InstitutionType.PoliceNationale, false, PlenaryMeetings), new(InstitutionType.PoliceMunicipale, false, PlenaryMeetings)]),
        new("mineurs", BodyKind.ThematicGroup, "Groupe « Mineurs et jeunes exposés à la délinquance »",
            "Repérer et accompagner les jeunes exposés à la délinquance ; décrochage scolaire ; soutien à la parentalité.",
            [new(InstitutionType.EducationNationale, false, null), new(InstitutionType.Pjj, false, null), new(InstitutionType.PreventionSpecialisee, false, null),
                new(InstitutionType.ConseilDepartemental, false, null), new(InstitutionType.PoliceNationale, false, null), new(InstitutionType.Mediation, false, null)]),
        new("violences-femmes", BodyKind.ThematicGroup, "Groupe « Violences faites aux femmes et violences intrafamiliales »",
            "Coordonner l'accueil, la mise à l'abri et l'accompagnement des victimes ; prévenir la récidive des auteurs.",
            [new(InstitutionType.Parquet, false, null), new(InstitutionType.PoliceNationale, false, null), new(InstitutionType.Gendarmerie, false, null),
                new(InstitutionType.Ccas, false, null), new(InstitutionType.BailleurSocial, false, null), new(InstitutionType.Sante, false, null),
                new(InstitutionType.Association, false, null)]),
        new("tranquillite-publique", BodyKind.ThematicGroup, "Groupe « Tranquillité publique »",
            "Traiter les nuisances et incivilités dans l'espace public et les parties communes ; présence humaine en soirée.",
            [new(InstitutionType.PoliceMunicipale, false, null), new(InstitutionType.PoliceNationale, false, null), new(InstitutionType.BailleurSocial, false, null),
                new(InstitutionType.Transporteur, false, null), new(InstitutionType.Mediation, false, null), new(InstitutionType.CorrespondantsDeNuit, false, null),
                new(InstitutionType.Commercants, false, null)]),
        new("recidive", BodyKind.ThematicGroup, "Groupe « Prévention de la récidive »",
            "Travaux d'intérêt général, aménagements de peine, insertion des sortants de détention.",
            [new(InstitutionType.Parquet, false, null), new(InstitutionType.Spip, false, null), new(InstitutionType.Pjj, false, null),
                new(InstitutionType.Association, false, null), new(InstitutionType.Commune, false, null)]),
        new("derives-sectaires", BodyKind.ThematicGroup, "Groupe « Dérives sectaires »",
            "Information des partenaires et signalement des situations d'emprise.",
            [new(InstitutionType.Prefecture, false, null), new(InstitutionType.Parquet, false, null), new(InstitutionType.EducationNationale, false, null),
                new(InstitutionType.Sante, false, null), new(InstitutionType.Association, false, null)]),
    ];

    public static BodyTemplate? Find(string? key) => All.FirstOrDefault(t => t.Key == key);
}
