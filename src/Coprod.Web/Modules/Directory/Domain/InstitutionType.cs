namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>The catalogue of institution types (PRODUCT.md DIR-1). Numbers are stored: never renumber.</summary>
public enum InstitutionType
{
    Commune = 1,
    Epci = 2,
    Prefecture = 3,
    Parquet = 4,
    PoliceNationale = 5,
    Gendarmerie = 6,
    PoliceMunicipale = 7,
    ConseilDepartemental = 8,
    EducationNationale = 9,
    Pjj = 10,
    Spip = 11,
    BailleurSocial = 12,
    Transporteur = 13,
    Association = 14,
    Commercants = 15,
    Mediation = 16,
    CorrespondantsDeNuit = 17,
    Ccas = 18,
    Sante = 19,
    Pompiers = 20,
    PreventionSpecialisee = 21,
    Autre = 99,
}
