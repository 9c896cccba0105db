using System.Text;

namespace Coprod.Web.Platform.Demo;

/// <summary>
/// The demo directory of Échirolles (DIR-2), as the CSV a coordinator would import: people of every
/// member institution, some holding a demo account (matched by e-mail), one who left last year
/// (imported with a start date, then left). All names are invented.
/// </summary>
internal static class DemoPeople
{
    private static readonly string[] Rows =
    [
        "Camille;Roussel;Coordinatrice CLSPD;Ville d'Échirolles;coordination@demo.coprod.fr;04 76 20 63 00;Échirolles;01/09/2021",
        "Bernard;Faucher;Maire adjoint à la tranquillité publique;Ville d'Échirolles;maire@demo.coprod.fr;;Échirolles;01/07/2020",
        "Sophie;Marchetti;Directrice de cabinet du préfet;Préfecture de l'Isère;prefecture@demo.coprod.fr;04 76 60 34 00;;01/03/2023",
        "Julien;Azoulay;Substitut du procureur, référent politique de la ville;Parquet du tribunal judiciaire de Grenoble;parquet@demo.coprod.fr;;;01/09/2022",
        "Nathalie;Perrin;Commissaire, cheffe de circonscription adjointe;Police nationale – circonscription de Grenoble;police-nationale@demo.coprod.fr;04 76 60 40 40;;01/09/2023",
        "Karim;Haddadi;Chef de service de la police municipale;Police municipale d'Échirolles;police-municipale@demo.coprod.fr;04 76 20 99 17;Échirolles;15/01/2019",
        "Hélène;Vasseur;Responsable d'agence;Bailleur social (démo);bailleur@demo.coprod.fr;04 76 33 12 40;Échirolles;01/02/2022",
        "Rachid;Bellil;Gardien d'immeubles, secteur Village 2;Bailleur social (démo);;04 76 33 12 41;Échirolles;01/06/2017",
        "Amandine;Ferrand;Éducatrice de prévention spécialisée;Département de l'Isère – prévention spécialisée;educatrice@demo.coprod.fr;04 76 00 31 72;Échirolles;01/10/2021",
        "Moussa;Traoré;Médiateur de nuit;Service de médiation et correspondants de nuit (démo);mediateur@demo.coprod.fr;04 76 20 55 10;Échirolles;01/04/2023",
        "Inès;Garnier;Correspondante de nuit;Service de médiation et correspondants de nuit (démo);;04 76 20 55 10;Échirolles;01/09/2024",
        "Laurent;Mazet;Principal du collège, référent sécurité;Éducation nationale – DSDEN de l'Isère;;04 76 09 12 30;Échirolles;01/09/2020",
        "Pascale;Lemoine;Ancienne coordinatrice (partie en 2025);Ville d'Échirolles;;;Échirolles;01/01/2016",
    ];

    /// <summary>The directory as a CSV file (UTF-8, semicolons).</summary>
    public static Stream Csv() => new MemoryStream(Encoding.UTF8.GetBytes(
        "Prénom;Nom;Fonction;Institution;Courriel;Téléphone;Communes;Début\n" + string.Join('\n', Rows) + "\n"));

    /// <summary>The person who left, and when: her departure is recorded after the import.</summary>
    public static (string LastName, DateOnly LeftOn) Former => ("Lemoine", new DateOnly(2025, 6, 30));
}
