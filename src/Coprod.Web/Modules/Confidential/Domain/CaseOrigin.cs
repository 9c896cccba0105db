namespace Coprod.Web.Modules.Confidential.Domain;

/// <summary>Who brought the case to the group (the CNIL reference's enumerated sources). Numbers are stored: never renumber.</summary>
public enum CaseOrigin
{
    PoliceNationale = 1,
    Gendarmerie = 2,
    PoliceMunicipale = 3,
    Bailleur = 4,
    EtablissementScolaire = 5,
    ServiceSocialDepartemental = 6,
    PreventionSpecialisee = 7,
    Ccas = 8,
    Mairie = 9,
    Justice = 10,
    Sante = 11,
    Association = 12,
    Famille = 13,
}
